import { Space, Tag } from 'antd';
import type { Task } from '../api/tasks';
import { useLanguage } from '../i18n/language-context';

/** Where a task stands: its status, and while it is open its working-day clock (overdue, days left, paused). */
export function TaskClockTags({ task }: { task: Pick<Task, 'status' | 'overdue' | 'paused' | 'workingDaysLeft'> }) {
  const { t } = useLanguage();
  return (
    <Space size={4} wrap>
      <Tag color={task.status === 'completed' ? 'green' : task.status === 'cancelled' ? 'default' : 'blue'}>{t(`task.status.${task.status}`)}</Tag>
      {task.overdue ? <Tag color="red">{t('task.overdue')}</Tag> : null}
      {task.paused ? <Tag color="gold">{t('task.paused')}</Tag> : null}
      {task.workingDaysLeft !== null && !task.overdue ? <Tag>{t('task.daysLeft', { days: task.workingDaysLeft })}</Tag> : null}
    </Space>
  );
}
