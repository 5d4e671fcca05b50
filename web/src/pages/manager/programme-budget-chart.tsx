import { useMemo } from 'react';
import type { ProgrammeFigures } from '../../api/audit';
import { EChart } from '../../components/echart';
import { useLanguage } from '../../i18n/language-context';
import { tenThousandYuan } from './chart-money';

const ROW_HEIGHT = 36;

/** Every programme's budget against what is committed and disbursed, one row of bars each. */
export function ProgrammeBudgetChart({ programmes }: { programmes: readonly ProgrammeFigures[] }) {
  const { t } = useLanguage();
  const option = useMemo(() => {
    const series = (name: string, figure: (programme: ProgrammeFigures) => number) => ({ type: 'bar', name, data: programmes.map((programme) => tenThousandYuan(figure(programme))) });
    return {
      // Budget pale, money moved dark: the small bars must still read against the large ones.
      color: ['#9db3d9', '#d46b08', '#0958d9'],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', name: t('audit.tenThousandYuan') },
      yAxis: { type: 'category', inverse: true, data: programmes.map((programme) => programme.name), axisLabel: { width: 260, overflow: 'truncate' } },
      series: [series(t('audit.budget'), (p) => p.budgetFen), series(t('audit.committed'), (p) => p.committedFen), series(t('audit.disbursed'), (p) => p.disbursedFen)],
    };
  }, [programmes, t]);
  return <EChart option={option} label={t('audit.budgetChart')} height={60 + programmes.length * ROW_HEIGHT} />;
}
