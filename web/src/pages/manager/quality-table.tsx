import { Table } from 'antd';
import type { ReactNode } from 'react';
import type { QualityFigures } from '../../api/reports';
import { useLanguage } from '../../i18n/language-context';

export const percent = (rate: number | null): string => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** Quality figures one row per agent or service: what was done, and the evaluation, satisfaction and on-time rates. */
export function QualityTable<Row extends QualityFigures>({ rows, rowKey, who, whoTitle }: { rows: Row[]; rowKey: keyof Row & string; who: (row: Row) => ReactNode; whoTitle: string }) {
  const { t } = useLanguage();
  return (
    <Table<Row>
      rowKey={rowKey}
      size="small"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: whoTitle, key: 'who', render: (_, row) => who(row) },
        { title: t('quality.completed'), dataIndex: 'completed', align: 'right' },
        { title: t('quality.rated'), dataIndex: 'rated', align: 'right' },
        { title: t('quality.evaluationRate'), key: 'evaluation', align: 'right', render: (_, row) => percent(row.evaluationRate) },
        { title: t('quality.satisfactionRate'), key: 'satisfaction', align: 'right', render: (_, row) => percent(row.satisfactionRate) },
        { title: t('quality.onTimeRate'), key: 'onTime', align: 'right', render: (_, row) => percent(row.onTimeRate) },
        { title: t('quality.daysSaved'), key: 'saved', align: 'right', render: (_, row) => (row.averageWorkingDaysSaved === null ? '—' : row.averageWorkingDaysSaved.toFixed(1)) },
      ]}
    />
  );
}
