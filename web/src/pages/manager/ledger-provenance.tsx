import { Descriptions, Typography } from 'antd';
import type { EventRef, LedgerEntry } from '../../api/audit';
import { useLanguage } from '../../i18n/language-context';
import { useFormat } from '../../i18n/use-format';

function EventLine({ event }: { event: EventRef | null }) {
  const { t } = useLanguage();
  if (!event) return <>—</>;
  return (
    <span>
      {t('audit.eventAt', { stream: event.stream, revision: event.revision, position: event.position })}
      <br />
      <Typography.Text code copyable className="hash">
        {event.hash}
      </Typography.Text>
    </span>
  );
}

/** Where a payment came from: who approved and who paid, and the events (with their hashes) that record it. */
export function LedgerProvenance({ entry }: { entry: LedgerEntry }) {
  const { t } = useLanguage();
  const { instant } = useFormat();
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={[
        { key: 'approver', label: t('audit.approver'), children: entry.approverId ? `${entry.approverId} · ${entry.approvedAt ? instant(entry.approvedAt) : ''}` : '—' },
        { key: 'disburser', label: entry.kind === 'payment' ? t('audit.disburser') : t('audit.clawbackBy'), children: `${entry.disburserId} · ${instant(entry.paidAt)}` },
        { key: 'entry', label: entry.kind === 'payment' ? t('audit.paymentEvent') : t('audit.clawbackEvent'), children: <EventLine event={entry.provenance.entry} /> },
        { key: 'approval', label: t('audit.approvalEvent'), children: <EventLine event={entry.provenance.approval} /> },
        { key: 'commitment', label: t('audit.commitmentEvent'), children: <EventLine event={entry.provenance.commitment} /> },
        ...(entry.reason ? [{ key: 'reason', label: t('audit.reason'), children: entry.reason }] : []),
      ]}
    />
  );
}
