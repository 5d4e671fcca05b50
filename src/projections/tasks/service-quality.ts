import type { TaskEvent } from '../../domain/task/events';
import { TASK_STREAM_PREFIX } from '../../domain/task/task';
import type { RecordedEvent } from '../../eventstore/event-store';
import type { Document } from '../../readstore/read-store';
import { POSITION_FIELD, type DocumentUpdate, type Lookup, type Projection } from '../projection';
import { shanghaiMonth } from '../programmes';

/** Per agent, per service and per Asia/Shanghai month of completion: what the service-quality report adds up. */
export const SERVICE_QUALITY = 'service-quality';
/** Lookups: who owns each task and what service it is, and once completed, the figures it counts in. */
const QUALITY_TASKS = 'service-quality-tasks';

export const QUALITY_DIMENSIONS = ['agent', 'service', 'month'] as const;
export type QualityDimension = (typeof QUALITY_DIMENSIONS)[number];

interface QualityTask {
  agentId: string;
  serviceId: string;
  nameZh: string;
  nameEn: string;
  statutoryWorkingDays: number;
  /** Set on completion: the figures its rating counts in too. */
  cellIds?: string[];
}

function qualityTask(doc: Document | null): QualityTask | null {
  if (!doc) return null;
  const { _id, [POSITION_FIELD]: _position, ...task } = doc;
  return task as unknown as QualityTask;
}

const cellId = (dimension: QualityDimension, key: string, month: string): string => `${dimension}:${key}:${month}`;

/**
 * A task counts in the month it was completed, for the agent who owned it then: its rating, however
 * late, counts there too, so that each month's evaluation rate compares like with like.
 */
export const serviceQualityProjection: Projection = {
  name: 'service-quality',
  filter: { streamPrefixes: [TASK_STREAM_PREFIX] },
  collections: { [SERVICE_QUALITY]: [{ keys: { month: 1 } }], [QUALITY_TASKS]: [] },
  project(recorded, lookup) {
    const taskId = recorded.streamName.slice(TASK_STREAM_PREFIX.length);
    const event = { type: recorded.type, data: recorded.data } as TaskEvent;
    switch (event.type) {
      case 'TaskOpened': {
        const { agentId, service } = event.data;
        const task: QualityTask = { agentId, serviceId: service.id, nameZh: service.nameZh, nameEn: service.nameEn, statutoryWorkingDays: service.statutoryWorkingDays };
        return [{ collection: QUALITY_TASKS, id: taskId, update: { $set: { ...task } } }];
      }
      case 'TaskHandedOver':
        return [{ collection: QUALITY_TASKS, id: taskId, update: { $set: { agentId: event.data.toAgentId } } }];
      case 'TaskCompleted':
        return completion(taskId, recorded, lookup);
      case 'TaskRated':
        return rating(taskId, event.data.level, lookup);
      default:
        return [];
    }
  },
};

async function completion(taskId: string, recorded: RecordedEvent, lookup: Lookup): Promise<DocumentUpdate[]> {
  const task = qualityTask(await lookup(QUALITY_TASKS, taskId));
  if (!task) return [];
  const { completedAt, onTime, workingDaysTaken } = recorded.data as Extract<TaskEvent, { type: 'TaskCompleted' }>['data'];
  const month = shanghaiMonth(completedAt);
  const cells = [
    { id: cellId('agent', task.agentId, month), fields: { dimension: 'agent', key: task.agentId, month } },
    { id: cellId('service', task.serviceId, month), fields: { dimension: 'service', key: task.serviceId, month, nameZh: task.nameZh, nameEn: task.nameEn } },
    { id: cellId('month', month, month), fields: { dimension: 'month', key: month, month } },
  ];
  const $inc = { completed: 1, onTime: onTime ? 1 : 0, workingDaysSaved: task.statutoryWorkingDays - workingDaysTaken };
  return [
    // Written back, so that the completion applied twice is recognised by its lookup.
    { collection: QUALITY_TASKS, id: taskId, update: { $set: { ...task, cellIds: cells.map((cell) => cell.id) } } },
    ...cells.map(({ id, fields }) => ({ collection: SERVICE_QUALITY, id, update: { $set: fields, $inc } })),
  ];
}

/** 3 to 5 (基本满意 and better) count as satisfied. */
async function rating(taskId: string, level: number, lookup: Lookup): Promise<DocumentUpdate[]> {
  const task = qualityTask(await lookup(QUALITY_TASKS, taskId));
  if (!task?.cellIds) return [];
  const $inc = { rated: 1, satisfied: level >= 3 ? 1 : 0 };
  return [
    { collection: QUALITY_TASKS, id: taskId, update: { $set: { ...task, rated: true } } },
    ...task.cellIds.map((id) => ({ collection: SERVICE_QUALITY, id, update: { $inc } })),
  ];
}
