import { useMemo } from 'react';
import type { ProgrammeMonth } from '../../api/audit';
import { EChart } from '../../components/echart';
import { useLanguage } from '../../i18n/language-context';
import { tenThousandYuan } from './chart-money';

/** A programme month by month: what was committed and disbursed in each month (bars), and the running totals (lines). */
export function ProgrammeMonthsChart({ months }: { months: readonly ProgrammeMonth[] }) {
  const { t } = useLanguage();
  const option = useMemo(() => {
    const series = (type: 'bar' | 'line', name: string, figure: (month: ProgrammeMonth) => number) => ({ type, name, data: months.map((month) => tenThousandYuan(figure(month))) });
    return {
      color: ['#d46b08', '#0958d9', '#873800', '#003eb3'],
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: months.map((month) => month.month) },
      yAxis: { type: 'value', name: t('audit.tenThousandYuan') },
      series: [
        series('bar', t('audit.committedInMonth'), (m) => m.committedFen),
        series('bar', t('audit.disbursedInMonth'), (m) => m.disbursedFen),
        series('line', t('audit.committedToDate'), (m) => m.committedToDateFen),
        series('line', t('audit.disbursedToDate'), (m) => m.disbursedToDateFen),
      ],
    };
  }, [months, t]);
  return <EChart option={option} label={t('audit.monthsChart')} />;
}
