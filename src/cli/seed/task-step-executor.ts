import type { CommandOptions } from '../../app/command-handler';
import type { Actor } from '../../domain/decider';
import type { Lane } from './seed-lanes';
import type { SeedAction, SeedStep } from './seed-steps';
import type { StepOutcome } from './step-executor';

type TaskAction = Extract<SeedAction, { task: number }>;

/** Runs the task steps through the task services, and remembers the ids they gave the plan's tasks and which firm each is for. */
export class TaskStepExecutor {
  private readonly tasks = new Map<number, { taskId: string; enterpriseId: string }>();

  constructor(private readonly enterpriseIdOf: (firm: number) => string) {}

  async execute(lane: Lane, { actor }: SeedStep, action: TaskAction, options: CommandOptions): Promise<StepOutcome> {
    if (action.kind === 'open-task') {
      const enterpriseId = this.enterpriseIdOf(action.firm);
      const result = await lane.tasks.open({ enterpriseId, serviceCode: action.serviceCode, keyProject: action.keyProject }, actor, options);
      this.tasks.set(action.task, { taskId: result.taskId, enterpriseId });
      return result;
    }
    const { taskId, enterpriseId } = this.taskOf(action.task);
    if (action.kind === 'breach-commitment') return lane.breaches.breach(taskId, actor, options);
    // The firm's own user acts for the task's firm.
    const acting: Actor = actor.role === 'enterprise' ? { ...actor, enterpriseId } : actor;
    return lane.tasks.handle(taskId, action.request, acting, options);
  }

  private taskOf(task: number): { taskId: string; enterpriseId: string } {
    const known = this.tasks.get(task);
    if (!known) throw new Error(`The plan's task ${task} has no id: the step that opens it did not run`);
    return known;
  }
}
