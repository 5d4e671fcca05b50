import type { Actor } from '../domain/decider';
import { DomainError } from '../domain/domain-error';
import { shanghaiDate } from '../domain/programme/calendar-date';
import type { TaskEvent } from '../domain/task/events';
import { TASK_STREAM_PREFIX } from '../domain/task/task';
import type { EventStore } from '../eventstore/event-store';
import { LogFollower } from './log-follower';
import type { Tasks } from './tasks';

/** Who the sweep's escalations are recorded as. */
export const ESCALATION_ACTOR: Actor = { id: 'system:overdue-escalation', role: 'manager' };

/** The events that open a task's clock, move its due date, escalate it or close it. */
const FOLLOWED: readonly TaskEvent['type'][] = ['TaskAccepted', 'TaskMaterialsReceived', 'TaskEscalated', 'TaskCompleted', 'TaskCancelled'];

interface OpenTask {
  dueOn: string;
  escalatedForDueOn: string | null;
}

/**
 * 责任追究: escalates to the managers every accepted task still open past its due date, once per
 * due date. It follows the log for the accepted tasks and their due dates, and leaves it to the
 * task's decider whether one is overdue: a clock stopped in time, waiting on the firm, is not.
 */
export class OverdueTaskEscalation {
  private readonly openTasks = new Map<string, OpenTask>();
  private readonly log: LogFollower;

  constructor(
    store: EventStore,
    private readonly tasks: Tasks,
  ) {
    this.log = new LogFollower(store, { streamPrefixes: [TASK_STREAM_PREFIX], eventTypes: FOLLOWED }, (event) =>
      this.apply(event.streamName.slice(TASK_STREAM_PREFIX.length), { type: event.type, data: event.data } as TaskEvent),
    );
  }

  /** The ids of the tasks escalated now; `now` is the sweep's instant, the clock's when it runs on time. */
  async escalateOverdueTasks(now: string): Promise<string[]> {
    await this.log.catchUp();
    const today = shanghaiDate(now);
    const escalated: string[] = [];
    for (const [taskId, { dueOn, escalatedForDueOn }] of this.openTasks) {
      if (dueOn >= today || escalatedForDueOn === dueOn) continue;
      try {
        const { events } = await this.tasks.handle(taskId, { type: 'EscalateOverdueTask' }, ESCALATION_ACTOR);
        if (events.length > 0) escalated.push(taskId);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error; // its clock stopped in time, or it closed meanwhile
      }
    }
    return escalated;
  }

  private apply(taskId: string, event: TaskEvent): void {
    const task = this.openTasks.get(taskId);
    switch (event.type) {
      case 'TaskAccepted':
        this.openTasks.set(taskId, { dueOn: event.data.dueOn, escalatedForDueOn: null });
        break;
      case 'TaskMaterialsReceived':
        if (task) task.dueOn = event.data.dueOn;
        break;
      case 'TaskEscalated':
        if (task) task.escalatedForDueOn = event.data.dueOn;
        break;
      case 'TaskCompleted':
      case 'TaskCancelled':
        this.openTasks.delete(taskId);
        break;
    }
  }
}
