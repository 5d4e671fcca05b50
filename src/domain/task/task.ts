import type { Decider } from '../decider';
import type { TaskCommand } from './commands';
import { decideTask } from './decide';
import type { TaskEvent } from './events';
import { evolveTask } from './evolve';
import { initialTaskState, type TaskState } from './state';

export const taskStream = (taskId: string): string => `task-${taskId}`;
export const TASK_STREAM_PREFIX = 'task-';

export const taskDecider: Decider<TaskCommand, TaskEvent, TaskState> = {
  initialState: initialTaskState,
  decide: decideTask,
  evolve: evolveTask,
};
