import { Table, Typography } from 'antd';
import { Link } from 'react-router';
import { listTasks, type Task } from '../../api/tasks';
import { usePagedList } from '../../api/use-paged-list';
import { MoreButton } from '../../components/more-button';
import { ProblemAlert } from '../../components/problem-alert';
import { TaskClockTags } from '../../components/task-clock-tags';
import { useLanguage } from '../../i18n/language-context';

/** The agent's open tasks as the API orders them: overdue first, then by due date. */
export function WorkQueuePage() {
  const { t, language } = useLanguage();
  const queue = usePagedList('my-queue', (api, cursor) => listTasks(api, { agentId: 'me', status: 'open', cursor, limit: 50 }));
  return (
    <section aria-labelledby="queue-title">
      <Typography.Title level={2} id="queue-title">
        {t('queue.title')}
      </Typography.Title>
      {queue.problem ? <ProblemAlert problem={queue.problem} /> : null}
      <Table<Task>
        rowKey="id"
        loading={queue.loading}
        dataSource={queue.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('queue.empty') }}
        rowClassName={(task) => (task.overdue ? 'row-overdue' : '')}
        columns={[
          {
            title: t('queue.service'),
            key: 'service',
            render: (_, task) => <Link to={`/tasks/${task.id}`}>{language === 'zh' ? task.service.nameZh : task.service.nameEn}</Link>,
          },
          { title: t('queue.firm'), key: 'firm', render: (_, task) => <Link to={`/firms/${task.enterpriseId}`}>{task.enterpriseName ?? task.enterpriseId}</Link> },
          { title: t('queue.dueOn'), dataIndex: 'dueOn', render: (dueOn: string | null) => dueOn ?? '—' },
          { title: t('queue.clock'), key: 'clock', render: (_, task) => <TaskClockTags task={task} /> },
        ]}
      />
      <MoreButton list={queue} />
    </section>
  );
}
