import { DatePicker, Space, Statistic, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { listTalentGrantPayments, paymentSchedule, type ScheduleEntry, type ScheduleStatus } from '../../api/payments';
import { shanghaiDate } from '../../api/shanghai-date';
import { usePagedList } from '../../api/use-paged-list';
import { useResource } from '../../api/use-resource';
import { CommandModal } from '../../components/command-modal';
import { MoreButton } from '../../components/more-button';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useLanguage } from '../../i18n/language-context';
import { useFormat } from '../../i18n/use-format';
import { RecordPaymentForm } from './record-payment-form';

const STATUS_COLOURS: Record<ScheduleStatus, string> = { paid: 'green', due: 'blue', late: 'red', upcoming: 'default', suspended: 'default', ended: 'default' };
const PAYABLE: ReadonlySet<ScheduleStatus> = new Set(['due', 'late']);
/** A month back (what is late) and a month ahead (what is coming). */
const DAYS_AROUND = 31;

/** Allowances and loan instalments falling due in a range of days, with what is owed and late, each recorded from its row. */
export function PaymentsDuePage() {
  const { t } = useLanguage();
  const { yuan } = useFormat();
  const [range, setRange] = useState({ from: shanghaiDate(-DAYS_AROUND), to: shanghaiDate(DAYS_AROUND) });
  const [version, setVersion] = useState(0);
  const key = `${range.from}:${range.to}:${version}`;
  const totals = useResource(key, async (api) => (await paymentSchedule(api, range, undefined, 1)).totals);
  const schedule = usePagedList(key, (api, cursor) => paymentSchedule(api, range, cursor));
  const grants = useResource('grants', (api) => listTalentGrantPayments(api));
  const personOf = (grantId: string) => grants.data?.items.find((grant) => grant.id === grantId)?.person.name ?? grantId.slice(0, 8);
  const recorded = () => setVersion((n) => n + 1);
  return (
    <section aria-labelledby="payments-title">
      <PageHeading id="payments-title" title={t('finance.paymentsDue')}>
        <Space>
          <Typography.Text id="range-label">{t('finance.dueBetween')}</Typography.Text>
          <DatePicker.RangePicker
            aria-labelledby="range-label"
            allowClear={false}
            value={[dayjs(range.from), dayjs(range.to)]}
            onChange={(days) => days?.[0] && days[1] && setRange({ from: days[0].format('YYYY-MM-DD'), to: days[1].format('YYYY-MM-DD') })}
          />
        </Space>
      </PageHeading>
      {totals.data ? (
        <Space size="large" wrap className="filters" role="group" aria-label={t('finance.totals')}>
          <Statistic title={t('finance.entries')} value={totals.data.entries} />
          <Statistic title={t('finance.owed')} value={yuan(totals.data.owedFen)} />
          <Statistic title={t('finance.late')} value={yuan(totals.data.lateFen)} />
          <Statistic title={t('finance.paid')} value={yuan(totals.data.paidFen)} />
        </Space>
      ) : null}
      {schedule.problem ? <ProblemAlert problem={schedule.problem} /> : null}
      <Table<ScheduleEntry>
        rowKey="id"
        size="small"
        loading={schedule.loading}
        dataSource={schedule.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowClassName={(entry) => (entry.status === 'late' ? 'row-overdue' : '')}
        columns={[
          { title: t('finance.dueOn'), dataIndex: 'dueOn' },
          { title: t('finance.kind'), key: 'kind', render: (_, entry) => t(`finance.kind.${entry.kind}`) },
          { title: t('audit.firm'), key: 'firm', render: (_, entry) => entry.enterpriseName ?? entry.enterpriseId },
          { title: t('finance.payee'), key: 'payee', render: (_, entry) => (entry.kind === 'allowance' ? personOf(entry.sourceId) : t('finance.loan', { id: entry.sourceId.slice(0, 8) })) },
          { title: t('finance.number'), key: 'number', render: (_, entry) => t(`finance.number.${entry.kind}`, { number: entry.number }) },
          { title: t('finance.amount'), key: 'amount', align: 'right', render: (_, entry) => yuan(entry.amountFen) },
          { title: t('finance.owed'), key: 'owed', align: 'right', render: (_, entry) => yuan(entry.owedFen) },
          { title: t('finance.status'), key: 'status', render: (_, entry) => <Tag color={STATUS_COLOURS[entry.status]}>{t(`finance.status.${entry.status}`)}</Tag> },
          {
            title: t('finance.action'),
            key: 'action',
            render: (_, entry) =>
              PAYABLE.has(entry.status) ? (
                <CommandModal label={t('finance.record')} title={`${t(`finance.kind.${entry.kind}`)} · ${entry.dueOn}`}>
                  {(close) => (
                    <RecordPaymentForm
                      entry={entry}
                      onDone={() => {
                        close();
                        recorded();
                      }}
                    />
                  )}
                </CommandModal>
              ) : null,
          },
        ]}
      />
      <MoreButton list={schedule} />
    </section>
  );
}
