import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useLanguage } from '../i18n/language-context';
import type { EChartProps } from './echart-canvas';

// ECharts is over a quarter of the console's code and only the manager's pages draw charts: it is fetched when one is shown.
const EChartCanvas = lazy(() => import('./echart-canvas').then((module) => ({ default: module.EChartCanvas })));

/** An ECharts chart, its library loaded on first use with a spinner in its place meanwhile. */
export function EChart({ height = 320, ...chart }: EChartProps) {
  const { t } = useLanguage();
  return (
    <Suspense fallback={<Spin aria-label={t('common.loading')} style={{ display: 'block', minHeight: height }} />}>
      <EChartCanvas {...chart} height={height} />
    </Suspense>
  );
}
