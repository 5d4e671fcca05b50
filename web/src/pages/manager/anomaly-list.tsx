import { Table, Tag, Typography } from 'antd';
import { listAnomalies, type Anomaly } from '../../api/audit';
import { usePagedList } from '../../api/use-paged-list';
import { FirmLink } from '../../components/firm-link';
import { MoreButton } from '../../components/more-button';
import { ProblemAlert } from '../../components/problem-alert';
import { useLanguage } from '../../i18n/language-context';
import { useFormat } from '../../i18n/use-format';

/** The anomalies, newest first, each with the event that is its evidence. */
export function AnomalyList({ asOf, programmeName }: { asOf: string | undefined; programmeName: (id: string) => string }) {
  const { t } = useLanguage();
  const { yuan, instant } = useFormat();
  const anomalies = usePagedList(asOf ?? 'now', (api, cursor) => listAnomalies(api, asOf, cursor));
  return (
    <>
      {anomalies.problem ? <ProblemAlert problem={anomalies.problem} /> : null}
      <Table<Anomaly>
        rowKey="id"
        size="small"
        loading={anomalies.loading}
        dataSource={anomalies.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('audit.noAnomalies') }}
        columns={[
          { title: t('audit.anomalyKind'), key: 'kind', render: (_, anomaly) => <Tag color="red">{t(`audit.anomaly.${anomaly.kind}`)}</Tag> },
          { title: t('audit.anomalyAt'), key: 'at', render: (_, anomaly) => instant(anomaly.at) },
          { title: t('audit.programme'), key: 'programme', render: (_, anomaly) => (anomaly.programmeId ? programmeName(anomaly.programmeId) : '—') },
          { title: t('audit.firm'), key: 'firm', render: (_, anomaly) => <FirmLink id={anomaly.enterpriseId} name={anomaly.enterpriseName} /> },
          { title: t('audit.amount'), key: 'amount', align: 'right', render: (_, anomaly) => yuan(anomaly.amountFen) },
          { title: t('audit.actor'), dataIndex: 'actorId' },
          {
            title: t('audit.evidence'),
            key: 'evidence',
            render: (_, anomaly) => (
              <Typography.Text code copyable={{ text: anomaly.evidence.hash }} className="hash">
                {`${anomaly.evidence.stream}@${anomaly.evidence.revision} ${anomaly.evidence.hash.slice(0, 12)}…`}
              </Typography.Text>
            ),
          },
        ]}
      />
      <MoreButton list={anomalies} />
    </>
  );
}
