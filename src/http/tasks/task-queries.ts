import type { Application } from '../../app/container';
import { shanghaiDate } from '../../domain/programme/calendar-date';
import { taskStream } from '../../domain/task/task';
import { TASKS } from '../../projections/tasks/tasks-projection';
import { TIMELINE } from '../../projections/timeline';
import type { Filter } from '../../readstore/read-store';
import { defineEndpoint, noBody, noParams, type Endpoint } from '../endpoint';
import { publicView } from '../enterprises/enterprise-queries';
import { withFirmNames } from '../firm-lookups';
import { recordAndFirmStreams } from '../firm-records';
import { onReadModels } from '../read-models';
import { page } from '../schemas';
import { TASK_TAG } from './task-command';
import { taskIdParams } from './task-command-schemas';
import { taskDetail, taskListQuery, taskQuery, taskView as taskViewSchema, type TaskStatusFilter } from './task-query-schemas';
import { taskView } from './task-view';
import { assertMaySeeTask, tasksTheCallerSees } from './task-visibility';
import { workQueuePage } from './work-queue-page';

const READERS = ['agent', 'enterprise', 'manager', 'admin'] as const;

const STATUSES: Record<TaskStatusFilter, Filter> = {
  open: { status: { $in: ['opened', 'in-progress', 'awaiting-materials'] } },
  completed: { status: 'completed' },
  cancelled: { status: 'cancelled' },
};

export function taskQueries(app: Application): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/api/tasks',
      operationId: 'listTasks',
      summary: 'The work queue: tasks by due date, overdue first, each with its clock worked out for the day',
      tag: TASK_TAG,
      kind: 'query',
      roles: READERS,
      params: noParams,
      query: taskListQuery,
      body: noBody,
      responses: { 200: { description: 'A page of tasks', schema: page(taskViewSchema) } },
      handle: async ({ query, actor }) => {
        const today = shanghaiDate(query.asOf ?? app.clock.now());
        const calendar = await app.calendars.current();
        const answer = await onReadModels(app, query.asOf, undefined, async (reads) => {
          const filter: Filter = {
            ...(await tasksTheCallerSees(reads, actor, query.enterpriseId)),
            ...(query.agentId ? { ownerId: query.agentId === 'me' ? actor.id : query.agentId } : {}),
            ...(query.status ? STATUSES[query.status] : {}),
            ...(query.dueBefore ? { queueDate: { $lt: query.dueBefore } } : {}),
          };
          return workQueuePage(reads.collection(TASKS), filter, today, query.limit, query.cursor);
        });
        const items = (await withFirmNames(app.reads, answer.items)).map((task) => taskView(task, task.enterpriseName, today, calendar));
        return { status: 200, body: { items, nextCursor: answer.nextCursor } };
      },
    }),
    defineEndpoint({
      method: 'get',
      path: '/api/tasks/:id',
      operationId: 'getTask',
      summary: 'A task with its whole history, each event summarised in Chinese and English',
      tag: TASK_TAG,
      kind: 'query',
      roles: READERS,
      params: taskIdParams,
      query: taskQuery,
      body: noBody,
      responses: { 200: { description: 'The task; ETag carries its revision', schema: taskDetail } },
      handle: async ({ params, query, actor }) => {
        const today = shanghaiDate(query.asOf ?? app.clock.now());
        const calendar = await app.calendars.current();
        const streams = query.asOf ? await recordAndFirmStreams(app.events, taskStream(params.id)) : undefined;
        const { task, history } = await onReadModels(app, query.asOf, streams, async (reads) => {
          const found = await assertMaySeeTask(reads, actor, params.id, await reads.collection(TASKS).findOne({ _id: params.id }));
          // Through the firm's entries: an index on stream would cost every timeline write for this one read.
          const entries = await reads.collection(TIMELINE).find({ enterpriseId: found['enterpriseId'], stream: taskStream(params.id) }, { sort: { position: 1 } });
          return { task: found, history: entries };
        });
        const [named] = await withFirmNames(app.reads, [task]);
        const body = {
          ...taskView(task, named!.enterpriseName, today, calendar),
          history: history.map((entry) => {
            const { enterpriseId: _enterpriseId, stream: _stream, position: _position, ...rest } = publicView(entry);
            return rest;
          }),
        };
        return { status: 200, body, headers: { ETag: `W/"${String(task['revision'])}"` } };
      },
    }),
  ];
}
