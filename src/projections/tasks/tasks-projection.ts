import { shanghaiDate } from '../../domain/programme/calendar-date';
import type { TaskEvent, TaskMaterialsRequested } from '../../domain/task/events';
import { TASK_STREAM_PREFIX } from '../../domain/task/task';
import type { RecordedEvent } from '../../eventstore/event-store';
import type { Update } from '../../readstore/read-store';
import type { DocumentUpdate, Lookup, Projection } from '../projection';
import { taskUpdate } from './task-updates';

export const TASKS = 'tasks';
/** Lookups: each task's due date, for the one event that needs it (a pause). */
const TASK_DUE_DATES = 'task-due-dates';

/**
 * One document per agency task: its firm, its service as promised, who owns it, its clock, and
 * everything that happened to it. Whether it is overdue depends on the day it is read, so the
 * document keeps only `deadlineLive` (passing the due date makes it overdue) for the reader to
 * compare with today.
 */
export const tasksProjection: Projection = {
  name: 'tasks',
  filter: { streamPrefixes: [TASK_STREAM_PREFIX] },
  collections: {
    [TASKS]: [
      { keys: { ownerId: 1, queueDate: 1 } },
      { keys: { firstContactAgentId: 1 } },
      { keys: { enterpriseId: 1 } },
      { keys: { status: 1, queueDate: 1 } },
      { keys: { deadlineLive: 1, queueDate: 1 } },
      { keys: { queueDate: 1 } },
    ],
    [TASK_DUE_DATES]: [],
  },
  async project(recorded, lookup) {
    const taskId = recorded.streamName.slice(TASK_STREAM_PREFIX.length);
    const event = { type: recorded.type, data: recorded.data } as TaskEvent;
    const update = event.type === 'TaskMaterialsRequested' ? await pauseUpdate(taskId, event, lookup) : taskUpdate(event, recorded.metadata.actorId);
    if (!update) return [];
    return [taskDocument(taskId, recorded, update), ...dueDateLookup(taskId, event)];
  },
};

function taskDocument(taskId: string, recorded: RecordedEvent, update: Update): DocumentUpdate {
  const stamp = { revision: recorded.revision, updatedAt: recorded.metadata.occurredAt };
  return { collection: TASKS, id: taskId, update: { ...update, $set: { ...(update['$set'] as object | undefined), ...stamp } } };
}

function dueDateLookup(taskId: string, event: TaskEvent): DocumentUpdate[] {
  if (event.type !== 'TaskAccepted' && event.type !== 'TaskMaterialsReceived') return [];
  return [{ collection: TASK_DUE_DATES, id: taskId, update: { $set: { dueOn: event.data.dueOn } } }];
}

/** A clock stopped before the due date moves it, so the task cannot run late while it waits; one stopped after cannot save it. */
async function pauseUpdate(taskId: string, event: TaskMaterialsRequested, lookup: Lookup): Promise<Update> {
  const pausedSince = shanghaiDate(event.data.requestedAt);
  const dueOn = (await lookup(TASK_DUE_DATES, taskId))?.['dueOn'];
  const stoppedInTime = typeof dueOn === 'string' && pausedSince < dueOn;
  return { $set: { status: 'awaiting-materials', materialsRequest: event.data, pausedSince, deadlineLive: !stoppedInTime } };
}
