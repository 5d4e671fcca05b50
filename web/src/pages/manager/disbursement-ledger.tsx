import { Button, Space, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { ledgerCsv, ledgerTotals, listLedger, type LedgerEntry, type LedgerQuery, type LedgerTotals } from '../../api/audit';
import { toApiProblem, type ApiProblem } from '../../api/problem';
import { usePagedList } from '../../api/use-paged-list';
import { useResource } from '../../api/use-resource';
import { FirmLink } from '../../components/firm-link';
import { MoreButton } from '../../components/more-button';
import { ProblemAlert } from '../../components/problem-alert';
import { useLanguage } from '../../i18n/language-context';
import { useFormat } from '../../i18n/use-format';
import { useSession } from '../../session/session-context';
import { LedgerProvenance } from './ledger-provenance';

/** A plain link cannot carry the bearer token: the export is fetched, then handed to the browser as a file. */
function CsvExportButton({ query }: { query: LedgerQuery }) {
  const { t } = useLanguage();
  const { api } = useSession();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const download = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const url = URL.createObjectURL(await ledgerCsv(api, query));
      const link = Object.assign(document.createElement('a'), { href: url, download: `disbursements${query.asOf ? `-${query.asOf.slice(0, 10)}` : ''}.csv` });
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
    } catch (error) {
      setProblem(toApiProblem(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button onClick={() => void download()} loading={busy}>
        {t('audit.exportCsv')}
      </Button>
      {problem ? <ProblemAlert problem={problem} /> : null}
    </>
  );
}

function Totals({ totals }: { totals: LedgerTotals }) {
  const { t } = useLanguage();
  const { yuan } = useFormat();
  return (
    <Space size="large" wrap role="group" aria-label={t('audit.ledgerTotals')}>
      <Statistic title={t('audit.entries')} value={totals.entries} />
      <Statistic title={t('audit.paid')} value={yuan(totals.paidFen)} />
      <Statistic title={t('audit.clawedBack')} value={yuan(totals.clawedBackFen)} />
      <Statistic title={t('audit.net')} value={yuan(totals.netFen)} />
    </Space>
  );
}

/** Every payment and clawback, oldest first, each opening onto its provenance; the totals of all of them; the CSV. */
export function DisbursementLedger({ query, programmeName }: { query: LedgerQuery; programmeName: (id: string) => string }) {
  const { t } = useLanguage();
  const { yuan, instant } = useFormat();
  const key = JSON.stringify(query);
  const totals = useResource(key, (api) => ledgerTotals(api, query));
  const ledger = usePagedList(key, (api, cursor) => listLedger(api, query, cursor));
  return (
    <>
      <Space className="filters" wrap align="end" size="large">
        {totals.data ? <Totals totals={totals.data} /> : null}
        <CsvExportButton query={query} />
      </Space>
      {ledger.problem ? <ProblemAlert problem={ledger.problem} /> : null}
      <Table<LedgerEntry>
        rowKey="id"
        size="small"
        loading={ledger.loading}
        dataSource={ledger.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (entry) => <LedgerProvenance entry={entry} /> }}
        columns={[
          { title: t('audit.paidAt'), key: 'paidAt', render: (_, entry) => instant(entry.paidAt) },
          { title: t('audit.programme'), key: 'programme', render: (_, entry) => (entry.programmeId ? programmeName(entry.programmeId) : '—') },
          { title: t('audit.firm'), key: 'firm', render: (_, entry) => <FirmLink id={entry.enterpriseId} name={entry.enterpriseName} /> },
          { title: t('audit.amount'), key: 'amount', align: 'right', render: (_, entry) => yuan(entry.amountFen) },
          { title: t('audit.kind'), key: 'kind', render: (_, entry) => <Tag color={entry.kind === 'payment' ? 'blue' : 'orange'}>{t(`audit.kind.${entry.kind}`)}</Tag> },
          { title: t('audit.reference'), dataIndex: 'paymentReference', render: (reference: string | null) => reference ?? '—' },
          { title: t('audit.approver'), dataIndex: 'approverId', render: (approver: string | null) => approver ?? '—' },
          { title: t('audit.disburser'), dataIndex: 'disburserId' },
        ]}
      />
      <MoreButton list={ledger} />
    </>
  );
}
