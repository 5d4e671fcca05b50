import { Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { listTalentGrantPayments, payHousingSubsidy, type TalentGrantPayments } from '../../api/payments';
import { usePagedList } from '../../api/use-paged-list';
import { CommandForm } from '../../components/command-form';
import { CommandModal } from '../../components/command-modal';
import { MoreButton } from '../../components/more-button';
import { ProblemAlert } from '../../components/problem-alert';
import { useLanguage } from '../../i18n/language-context';
import { useFormat } from '../../i18n/use-format';
import { useSession } from '../../session/session-context';

/** Each talent grant's one-off housing subsidy: paid when, or recorded as paid from its row. */
export function HousingSubsidiesPage() {
  const { t } = useLanguage();
  const { yuan, instant } = useFormat();
  const { api } = useSession();
  const [version, setVersion] = useState(0);
  const grants = usePagedList(`grants:${version}`, (client, cursor) => listTalentGrantPayments(client, cursor));
  return (
    <section aria-labelledby="housing-title">
      <Typography.Title level={2} id="housing-title">
        {t('finance.housing')}
      </Typography.Title>
      {grants.problem ? <ProblemAlert problem={grants.problem} /> : null}
      <Table<TalentGrantPayments>
        rowKey="id"
        size="small"
        loading={grants.loading}
        dataSource={grants.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('finance.person'), key: 'person', render: (_, grant) => grant.person.name },
          { title: t('finance.housingSubsidy'), key: 'amount', align: 'right', render: (_, grant) => yuan(grant.housingSubsidyFen) },
          { title: t('finance.grantStatus'), key: 'status', render: (_, grant) => <Tag>{t(`finance.grant.${grant.status}`)}</Tag> },
          {
            title: t('finance.housingPaid'),
            key: 'paid',
            render: (_, grant) =>
              grant.housingPaidAt ? (
                <Tag color="green">{instant(grant.housingPaidAt)}</Tag>
              ) : (
                <CommandModal label={t('finance.record')} title={t('finance.payHousing', { name: grant.person.name, amount: yuan(grant.housingSubsidyFen) })}>
                  {(close) => (
                    <CommandForm
                      name={`housing-${grant.id}`}
                      submitLabel={t('finance.payHousingConfirm')}
                      submit={() => payHousingSubsidy(api, grant)}
                      onDone={() => {
                        close();
                        setVersion((n) => n + 1);
                      }}
                    >
                      {null}
                    </CommandForm>
                  )}
                </CommandModal>
              ),
          },
        ]}
      />
      <MoreButton list={grants} />
    </section>
  );
}
