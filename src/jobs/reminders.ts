import type { Clock } from '../app/clock';
import { shanghaiDate } from '../domain/programme/calendar-date';
import type { ReminderReactor } from './reminder-reactor';
import { OVERDUE_SWEEP } from './reminder-jobs';
import type { JobRunner, Scheduler } from './scheduler';

/** The overdue sweep runs daily, just after midnight in Shanghai, when yesterday's deadlines have passed. */
export const OVERDUE_SWEEP_DAILY = { name: OVERDUE_SWEEP, at: '00:05', timeZone: 'Asia/Shanghai' } as const;
/** Enough jobs at once that their appends share group commits; webhook and mail deliveries go out this many at a time at most. */
export const WORKER_CONCURRENCY = 64;

/** The background jobs as one thing to start and stop: the reactor that schedules, the scheduler, and the worker it runs. */
export class Reminders {
  constructor(
    readonly scheduler: Scheduler,
    readonly reactor: ReminderReactor,
    private readonly runner: JobRunner,
    private readonly clock: Clock,
  ) {}

  async start(): Promise<void> {
    await this.scheduler.runDaily(OVERDUE_SWEEP_DAILY);
    // A daily run missed while no server was up is not made up by BullMQ: sweep once on the first start of each day.
    const now = this.clock.now();
    await this.scheduler.add([{ id: `${OVERDUE_SWEEP}:on-start:${shanghaiDate(now)}`, name: OVERDUE_SWEEP, data: {}, runAt: now }]);
    await this.scheduler.start(this.runner, { concurrency: WORKER_CONCURRENCY });
    this.reactor.start();
  }

  async stop(): Promise<void> {
    await this.reactor.stop();
    await this.scheduler.close();
  }
}
