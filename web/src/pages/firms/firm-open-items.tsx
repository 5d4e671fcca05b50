import { List, Typography } from 'antd';
import { Link } from 'react-router';
import { listLoans, listSubsidies, listTalentGrants } from '../../api/firm-records';
import { listTasks } from '../../api/tasks';
import { useResource } from '../../api/use-resource';
import { Loadable } from '../../components/loadable';
import { TaskClockTags } from '../../components/task-clock-tags';
import { useLanguage } from '../../i18n/language-context';
import { useFormat } from '../../i18n/use-format';

const CLOSED_SUBSIDIES = new Set(['rejected', 'closed']);
const CLOSED_LOANS = new Set(['rejected', 'settled']);

/** What is still open for a firm: its tasks, subsidy applications, loans and talent grants. */
export function FirmOpenItems({ enterpriseId, version }: { enterpriseId: string; version: number }) {
  const { t, language } = useLanguage();
  const { yuan } = useFormat();
  const key = `${enterpriseId}:${version}`;
  const items = useResource(key, async (api) => {
    const [tasks, subsidies, loans, grants] = await Promise.all([
      listTasks(api, { enterpriseId, status: 'open', limit: 100 }),
      listSubsidies(api, enterpriseId),
      listLoans(api, enterpriseId),
      listTalentGrants(api, enterpriseId),
    ]);
    return {
      tasks: tasks.items,
      subsidies: subsidies.items.filter((subsidy) => !CLOSED_SUBSIDIES.has(subsidy.status)),
      loans: loans.items.filter((loan) => !CLOSED_LOANS.has(loan.status)),
      grants: grants.items.filter((grant) => grant.status !== 'ended'),
    };
  });
  return (
    <Loadable resource={items}>
      {({ tasks, subsidies, loans, grants }) => (
        <>
          <List
            header={<Typography.Text strong>{t('openItems.tasks')}</Typography.Text>}
            size="small"
            locale={{ emptyText: t('common.none') }}
            dataSource={tasks}
            renderItem={(task) => (
              <List.Item>
                <Link to={`/tasks/${task.id}`}>{language === 'zh' ? task.service.nameZh : task.service.nameEn}</Link>
                <TaskClockTags task={task} />
              </List.Item>
            )}
          />
          <List
            header={<Typography.Text strong>{t('openItems.subsidies')}</Typography.Text>}
            size="small"
            locale={{ emptyText: t('common.none') }}
            dataSource={subsidies}
            renderItem={(subsidy) => (
              <List.Item>
                {t('openItems.subsidy', { amount: yuan(subsidy.requestedFen), status: subsidy.status })}
              </List.Item>
            )}
          />
          <List
            header={<Typography.Text strong>{t('openItems.loans')}</Typography.Text>}
            size="small"
            locale={{ emptyText: t('common.none') }}
            dataSource={loans}
            renderItem={(loan) => (
              <List.Item>{t(loan.kind === 'loan' ? 'openItems.loan' : 'openItems.creditLine', { amount: yuan(loan.amountFen), status: loan.status, bank: loan.bank ?? '' })}</List.Item>
            )}
          />
          <List
            header={<Typography.Text strong>{t('openItems.grants')}</Typography.Text>}
            size="small"
            locale={{ emptyText: t('common.none') }}
            dataSource={grants}
            renderItem={(grant) => <List.Item>{t('openItems.grant', { name: grant.person.name, status: grant.status })}</List.Item>}
          />
        </>
      )}
    </Loadable>
  );
}
