import type { TaskRequest } from '../../app/tasks';
import type { Actor } from '../../domain/decider';
import { firmChain, wholeSecond, type SeedAction, type SeedStep } from './seed-steps';

/** Appends steps to one task's history, each keyed by its name within it. A task's steps run on its firm's chain: they read or mark the firm. */
export class TaskSteps {
  readonly steps: SeedStep[] = [];

  constructor(private readonly task: { index: number; firm: number; key: string }) {}

  add(instant: number, actor: Actor, action: SeedAction, name: string): number {
    const at = wholeSecond(instant);
    this.steps.push({ at, actor, action, key: `${this.task.key}:${name}`, chains: [firmChain(this.task.firm)] });
    return at;
  }

  command(instant: number, actor: Actor, request: TaskRequest, name: string): number {
    return this.add(instant, actor, { kind: 'task-command', task: this.task.index, request }, name);
  }
}
