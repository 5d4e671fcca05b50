import { Card, Typography } from 'antd';
import { useLanguage } from '../../i18n/language-context';
import { IntegrityCheck } from '../audit/integrity-check';

/** The operator's desk: the hash-chain check, and the way to the job dashboard (served by the server, outside the console). */
export function OperationsPage() {
  const { t } = useLanguage();
  return (
    <section aria-labelledby="operations-title">
      <Typography.Title level={2} id="operations-title">
        {t('admin.operations')}
      </Typography.Title>
      <Card title={t('integrity.title')} size="small">
        <IntegrityCheck />
      </Card>
      <Card title={t('admin.queues')} size="small" className="stacked-card">
        <Typography.Paragraph>{t('admin.queuesHint')}</Typography.Paragraph>
        <a href="/admin/queues" target="_blank" rel="noreferrer">
          {t('admin.openQueues')}
        </a>
      </Card>
    </section>
  );
}
