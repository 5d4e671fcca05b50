import { Empty, List, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { listReminders } from '../../api/reminders';
import { usePagedList } from '../../api/use-paged-list';
import { MoreButton } from '../../components/more-button';
import { ProblemAlert } from '../../components/problem-alert';
import { useLanguage } from '../../i18n/language-context';
import { useFormat } from '../../i18n/use-format';

/** The reminders sent to the caller, newest first, each with its deadline and a link to what it is about. */
export function ReminderInboxPage() {
  const { t, pick } = useLanguage();
  const { instant } = useFormat();
  const inbox = usePagedList('reminders', (api, cursor) => listReminders(api, cursor));
  return (
    <section aria-labelledby="inbox-title">
      <Typography.Title level={2} id="inbox-title">
        {t('inbox.title')}
      </Typography.Title>
      {inbox.problem ? <ProblemAlert problem={inbox.problem} /> : null}
      {inbox.loading && inbox.items.length === 0 ? <Spin aria-label={t('common.loading')} /> : null}
      {!inbox.loading && !inbox.problem && inbox.items.length === 0 ? <Empty description={t('inbox.empty')} /> : null}
      {inbox.items.length > 0 ? (
        <List
          itemLayout="vertical"
          dataSource={inbox.items}
          renderItem={(reminder) => (
            <List.Item key={reminder.key} extra={<Tag color="orange">{t('inbox.deadline', { date: reminder.deadline })}</Tag>}>
              <List.Item.Meta
                title={reminder.subject.taskId ? <Link to={`/tasks/${reminder.subject.taskId}`}>{pick(reminder.title)}</Link> : pick(reminder.title)}
                description={instant(reminder.sentAt)}
              />
              {pick(reminder.body)}
            </List.Item>
          )}
        />
      ) : null}
      <MoreButton list={inbox} />
    </section>
  );
}
