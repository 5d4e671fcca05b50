import type { TaskEvent } from '../../domain/task/events';
import { evolveTask } from '../../domain/task/evolve';
import { initialTaskState, type TaskState, type TaskStatus } from '../../domain/task/state';
import type { SeedStep } from './seed-steps';
import type { StepOutcome } from './step-executor';

export const TASK_STATES = ['opened', 'in-progress', 'awaiting-materials', 'completed', 'cancelled'] as const satisfies readonly TaskStatus[];
export type SeededTaskState = (typeof TASK_STATES)[number];

export const RATING_LEVELS = ['1', '2', '3', '4', '5'] as const;

export interface TaskSummary {
  tasks: number;
  tasksByState: Record<SeededTaskState, number>;
  completedOnTime: number;
  escalations: number;
  commitmentsSigned: number;
  commitmentsBreached: number;
  /** 好差评 by level, 1 非常不满意 to 5 非常满意. */
  ratingsByLevel: Record<(typeof RATING_LEVELS)[number], number>;
  rectificationsAnswered: number;
  complaintsFiled: number;
  complaintsAnswered: number;
}

/** Adds up the tasks the seed wrote, folding each task's events as its stream does. */
export class TaskTally {
  private readonly states = new Map<number, TaskState>();
  private readonly counts = new Map<TaskEvent['type'], number>();
  private readonly ratings = Object.fromEntries(RATING_LEVELS.map((level) => [level, 0])) as TaskSummary['ratingsByLevel'];
  private completedOnTime = 0;

  record(task: number, outcome: StepOutcome): void {
    const events = outcome.events as readonly TaskEvent[];
    this.states.set(task, events.reduce(evolveTask, this.states.get(task) ?? initialTaskState));
    for (const event of events) {
      this.counts.set(event.type, (this.counts.get(event.type) ?? 0) + 1);
      if (event.type === 'TaskRated') this.ratings[String(event.data.level) as keyof TaskSummary['ratingsByLevel']] += 1;
      if (event.type === 'TaskCompleted' && event.data.onTime) this.completedOnTime += 1;
    }
  }

  summary(): TaskSummary {
    const tasksByState = Object.fromEntries(TASK_STATES.map((state) => [state, 0])) as Record<SeededTaskState, number>;
    for (const { status } of this.states.values()) if (status !== 'none') tasksByState[status] += 1;
    const count = (type: TaskEvent['type']): number => this.counts.get(type) ?? 0;
    return {
      tasks: this.states.size,
      tasksByState,
      completedOnTime: this.completedOnTime,
      escalations: count('TaskEscalated'),
      commitmentsSigned: count('CommitmentSigned'),
      commitmentsBreached: count('CommitmentBreached'),
      ratingsByLevel: { ...this.ratings },
      rectificationsAnswered: count('RectificationAnswered'),
      complaintsFiled: count('ComplaintFiled'),
      complaintsAnswered: count('ComplaintAnswered'),
    };
  }
}
