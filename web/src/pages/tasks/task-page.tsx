import { Card, Col, Descriptions, Row, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { getTask, type TaskDetail } from '../../api/tasks';
import { useResource } from '../../api/use-resource';
import { Loadable } from '../../components/loadable';
import { TaskClockTags } from '../../components/task-clock-tags';
import { useLanguage } from '../../i18n/language-context';
import { useFormat } from '../../i18n/use-format';
import { useSignedIn } from '../../session/session-context';
import { AgentTaskCommands } from './agent-task-commands';
import { EnterpriseTaskFeedback } from './enterprise-task-feedback';

function TaskFacts({ task }: { task: TaskDetail }) {
  const { t } = useLanguage();
  const { yuan } = useFormat();
  return (
    <Descriptions bordered size="small" column={1}>
      <Descriptions.Item label={t('queue.firm')}>
        <Link to={`/firms/${task.enterpriseId}`}>{task.enterpriseName ?? task.enterpriseId}</Link>
      </Descriptions.Item>
      <Descriptions.Item label={t('queue.clock')}>
        <TaskClockTags task={task} />
      </Descriptions.Item>
      <Descriptions.Item label={t('queue.dueOn')}>{task.dueOn ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('task.owner')}>{task.ownerId}</Descriptions.Item>
      {task.materialsRequest ? <Descriptions.Item label={t('task.missingItems')}>{task.materialsRequest.missingItems.join('、')}</Descriptions.Item> : null}
      {task.commitment ? (
        <Descriptions.Item label={t('task.commitment')}>{t('owed.commitment', { items: task.commitment.missingItems.join('、'), date: task.commitment.materialsDueOn })}</Descriptions.Item>
      ) : null}
      {task.completion ? <Descriptions.Item label={t('taskCommand.outcome')}>{`${task.completion.outcome} · ${yuan(task.completion.costSavedFen)}`}</Descriptions.Item> : null}
      {task.rating ? <Descriptions.Item label={t('feedback.score')}>{`${task.rating.level} · ${task.rating.comment}`}</Descriptions.Item> : null}
    </Descriptions>
  );
}

/** A task: where it stands, its whole history, and what the caller may do on it. */
export function TaskPage() {
  const { t, language, pick } = useLanguage();
  const { instant } = useFormat();
  const { id = '' } = useParams();
  const { user } = useSignedIn();
  const [version, setVersion] = useState(0);
  const task = useResource(`${id}:${version}`, (api) => getTask(api, id));
  const changed = () => setVersion((n) => n + 1);
  return (
    <Loadable resource={task}>
      {(detail) => (
        <article aria-labelledby="task-title">
          <Typography.Title level={2} id="task-title">
            {language === 'zh' ? detail.service.nameZh : detail.service.nameEn}
          </Typography.Title>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Card title={t('task.facts')}>
                <TaskFacts task={detail} />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={t('task.actions')}>
                {user.role === 'agent' ? <AgentTaskCommands task={detail} onDone={changed} /> : null}
                {user.role === 'enterprise' ? <EnterpriseTaskFeedback task={detail} onDone={changed} /> : null}
              </Card>
            </Col>
            <Col xs={24}>
              <Card title={t('task.history')}>
                <Timeline
                  items={detail.history.map((entry) => ({
                    key: entry.id,
                    content: `${instant(entry.occurredAt)} · ${pick(entry.summary)}`,
                  }))}
                />
              </Card>
            </Col>
          </Row>
        </article>
      )}
    </Loadable>
  );
}
