import type { Logger } from 'pino';
import type { Clock } from '../app/clock';
import type { EventStore, Position, Subscription, SubscriptionBatch } from '../eventstore/event-store';
import { REMINDER_CAUSE_EVENTS, type ReminderCauses } from './reminder-causes';
import { reminderJobs } from './reminder-jobs';
import type { NewJob, Scheduler } from './scheduler';

export const REACTOR_CHECKPOINT = 'reminder-reactor';
const RETRY_MS = 1000;

/** The scheduler no longer holds the checkpoint this reactor saved: its store was wiped, so start again. */
class CheckpointLost extends Error {}

/**
 * Derives reminders from events (DESIGN.md rule 6): after each event that may add reminders it
 * asks the cause for its reminders and schedules them under their keys. It keeps its own
 * checkpoint beside the jobs, so a rebuild of the projections schedules nothing, and a replay
 * from the start schedules only keys already known, which the scheduler ignores.
 */
export class ReminderReactor {
  private subscription: Subscription | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private handledTo: Position | undefined;
  /** The checkpoint as last saved: the scheduler holding none after it was saved means it was wiped. */
  private savedTo: Position | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly scheduler: Scheduler,
    private readonly causes: ReminderCauses,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.running ??= this.follow();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.subscription?.close();
    await this.running;
    this.running = undefined;
  }

  /** Resolves once every event in the log when called has been handled. */
  async caughtUp(pollMs = 20): Promise<void> {
    const head = await this.store.headPosition();
    while (head !== undefined && (this.handledTo === undefined || this.handledTo < head)) {
      if (this.stopped) throw new Error('The reminder reactor is stopped');
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  private async follow(): Promise<void> {
    while (!this.stopped) {
      try {
        this.handledTo = this.savedTo = await this.scheduler.loadCheckpoint(REACTOR_CHECKPOINT);
        this.subscription = this.store.subscribeToAll({ after: this.handledTo, filter: REMINDER_CAUSE_EVENTS, batchSize: 500 }, (batch) => this.handle(batch));
        if (this.stopped) await this.subscription.close();
        await this.subscription.done;
      } catch (error) {
        if (this.stopped) return;
        if (error instanceof CheckpointLost) {
          this.logger.warn('reminder reactor: the scheduler lost its checkpoint, scheduling again from the start');
        } else {
          this.logger.error({ err: error }, 'reminder reactor failed; retrying');
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        }
      }
    }
  }

  private async handle(batch: SubscriptionBatch): Promise<void> {
    if (batch.position === undefined || batch.position === this.handledTo) return;
    // Events no reminder follows only move the position: saved with the next that matters, a
    // restart reads past them again, which is cheaper than a write to the scheduler per batch.
    if (batch.events.length === 0) {
      this.handledTo = batch.position;
      return;
    }
    const stored = await this.scheduler.loadCheckpoint(REACTOR_CHECKPOINT);
    if (this.savedTo !== undefined && stored === undefined) throw new CheckpointLost();
    const now = this.clock.now();
    const causes = [...new Set(batch.events.map((event) => event.streamName))];
    // One add for the whole batch: a round trip per cause to the scheduler paced the worker.
    const jobs: NewJob[] = [];
    for (const cause of causes) jobs.push(...reminderJobs(cause, (await this.causes.of(cause)).reminders, now));
    await this.scheduler.add(jobs);
    await this.scheduler.saveCheckpoint(REACTOR_CHECKPOINT, batch.position);
    this.handledTo = this.savedTo = batch.position;
  }
}
