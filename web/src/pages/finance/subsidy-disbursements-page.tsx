import { Form, Input, InputNumber, Table, Typography } from 'antd';
import { useState } from 'react';
import { listProgrammeFigures } from '../../api/audit';
import { disburseSubsidy, listApprovedSubsidies, type ApprovedSubsidy } from '../../api/payments';
import { usePagedList } from '../../api/use-paged-list';
import { useResource } from '../../api/use-resource';
import { CommandForm } from '../../components/command-form';
import { CommandModal } from '../../components/command-modal';
import { useFormRules } from '../../components/form-rules';
import { MoreButton } from '../../components/more-button';
import { ProblemAlert } from '../../components/problem-alert';
import { useLanguage } from '../../i18n/language-context';
import { fenOf, useFormat, yuanOf } from '../../i18n/use-format';
import { useSession } from '../../session/session-context';

const approvedFen = (subsidy: ApprovedSubsidy): number => subsidy.approval?.approvedFen ?? 0;
const PAYMENT_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

function DisbursementForm({ subsidy, onDone }: { subsidy: ApprovedSubsidy; onDone(): void }) {
  const { t } = useLanguage();
  const { api } = useSession();
  const rules = useFormRules();
  return (
    <CommandForm<{ amountFen: number; paymentReference: string }>
      name={`disbursement-${subsidy.id}`}
      submitLabel={t('finance.disburse')}
      initialValues={{ amountFen: yuanOf(approvedFen(subsidy) - subsidy.disbursedFen) }}
      submit={({ amountFen, paymentReference }) => disburseSubsidy(api, subsidy, { amountFen: fenOf(amountFen), paymentReference })}
      onDone={onDone}
    >
      <Form.Item name="amountFen" label={t('finance.amountYuan')} rules={rules.yuan()}>
        <InputNumber min={0} step={0.01} className="number-input" />
      </Form.Item>
      <Form.Item name="paymentReference" label={t('finance.paymentReference')} rules={[...rules.required(), { pattern: PAYMENT_REFERENCE, message: t('finance.referenceRule') }]}>
        <Input maxLength={64} />
      </Form.Item>
    </CommandForm>
  );
}

/** Approved subsidy applications with money still to pay, each disbursed (in one or more tranches) from its row. */
export function SubsidyDisbursementsPage() {
  const { t } = useLanguage();
  const { yuan } = useFormat();
  const [version, setVersion] = useState(0);
  const subsidies = usePagedList(`approved:${version}`, (api, cursor) => listApprovedSubsidies(api, cursor));
  const programmes = useResource('programmes', (api) => listProgrammeFigures(api));
  const programmeName = (id: string) => programmes.data?.items.find((programme) => programme.id === id)?.name ?? id;
  const unpaid = subsidies.items.filter((subsidy) => approvedFen(subsidy) > subsidy.disbursedFen);
  return (
    <section aria-labelledby="disbursements-title">
      <Typography.Title level={2} id="disbursements-title">
        {t('finance.disbursements')}
      </Typography.Title>
      {subsidies.problem ? <ProblemAlert problem={subsidies.problem} /> : null}
      <Table<ApprovedSubsidy>
        rowKey="id"
        size="small"
        loading={subsidies.loading}
        dataSource={unpaid}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('finance.nothingToDisburse') }}
        columns={[
          { title: t('audit.firm'), key: 'firm', render: (_, subsidy) => subsidy.enterpriseName ?? subsidy.enterpriseId },
          { title: t('audit.programme'), key: 'programme', render: (_, subsidy) => programmeName(subsidy.programmeId) },
          { title: t('finance.approved'), key: 'approved', align: 'right', render: (_, subsidy) => yuan(approvedFen(subsidy)) },
          { title: t('finance.disbursed'), key: 'disbursed', align: 'right', render: (_, subsidy) => yuan(subsidy.disbursedFen) },
          { title: t('finance.approver'), key: 'approver', render: (_, subsidy) => subsidy.approval?.approverId ?? '—' },
          {
            title: t('finance.action'),
            key: 'action',
            render: (_, subsidy) => (
              <CommandModal label={t('finance.disburse')} title={`${subsidy.enterpriseName ?? subsidy.enterpriseId} · ${programmeName(subsidy.programmeId)}`}>
                {(close) => (
                  <DisbursementForm
                    subsidy={subsidy}
                    onDone={() => {
                      close();
                      setVersion((n) => n + 1);
                    }}
                  />
                )}
              </CommandModal>
            ),
          },
        ]}
      />
      <MoreButton list={subsidies} />
    </section>
  );
}
