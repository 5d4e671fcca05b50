import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use, type EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useLanguage } from '../i18n/language-context';

use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

export interface EChartProps {
  option: EChartsCoreOption;
  label: string;
  /** Pixels; 320 unless told. */
  height?: number;
}

/** An ECharts chart drawn into a div: re-made when the language changes, resized with the window, disposed when gone. */
export function EChartCanvas({ option, label, height }: Required<EChartProps>) {
  const { language } = useLanguage();
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = init(element.current, undefined, { locale: language === 'zh' ? 'ZH' : 'EN' });
    // The aria component writes a description of the data for screen readers.
    chart.setOption({ aria: { enabled: true }, ...option });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option, language]);
  // ECharts gives its own div an aria-label describing the data; the figure names the chart.
  return (
    <figure aria-label={label} className="chart">
      <div ref={element} style={{ height }} />
    </figure>
  );
}
