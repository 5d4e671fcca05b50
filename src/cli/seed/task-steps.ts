import type { TaskRequest } from '../../app/tasks';
import type { Actor } from '../../domain/decider';
import { FirmChainSteps } from './firm-chain-steps';

/** A task's steps: its commands name it by its place in the plan. */
export class TaskSteps extends FirmChainSteps {
  constructor(private readonly task: { index: number; firm: number; key: string }) {
    super(task);
  }

  command(instant: number, actor: Actor, request: TaskRequest, name: string): number {
    return this.add(instant, actor, { kind: 'task-command', task: this.task.index, request }, name);
  }
}
