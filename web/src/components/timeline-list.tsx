import { Empty, Spin, Timeline, Typography } from 'antd';
import { getTimeline } from '../api/enterprises';
import { usePagedList } from '../api/use-paged-list';
import { useLanguage } from '../i18n/language-context';
import { useFormat } from '../i18n/use-format';
import { MoreButton } from './more-button';
import { ProblemAlert } from './problem-alert';

/** A firm's whole service history, newest first, in the chosen language; `version` re-reads it after a command. */
export function TimelineList({ enterpriseId, version = 0 }: { enterpriseId: string; version?: number }) {
  const { t, pick } = useLanguage();
  const { instant } = useFormat();
  const timeline = usePagedList(`${enterpriseId}:${version}`, (api, cursor) => getTimeline(api, enterpriseId, cursor));
  if (timeline.problem) return <ProblemAlert problem={timeline.problem} />;
  if (timeline.loading && timeline.items.length === 0) return <Spin aria-label={t('common.loading')} />;
  if (timeline.items.length === 0) return <Empty description={t('timeline.empty')} />;
  return (
    <>
      <Timeline
        className="timeline"
        items={timeline.items.map((entry) => ({
          key: entry.id,
          content: (
            <>
              <Typography.Text>{pick(entry.summary)}</Typography.Text>
              <br />
              <Typography.Text type="secondary">
                <time dateTime={entry.occurredAt}>{instant(entry.occurredAt)}</time>
              </Typography.Text>
            </>
          ),
        }))}
      />
      <MoreButton list={timeline} />
    </>
  );
}
