import { systemClock, type Clock } from '../app/clock';
import { LocalJobStore, type FailedJob } from './local-job-store';
import type { DailyJob, Job, JobCounts, JobRunner, NewJob, Scheduler } from './scheduler';

export type { FailedJob } from './local-job-store';

export interface LocalSchedulerOptions {
  clock?: Clock;
  /** Runs a job may have before it is failed for good; 8 unless told. */
  attempts?: number;
  /** The first retry waits this long, each next one twice as long; 1 s unless told. */
  backoffMs?: number;
  /** How long a completed job is kept after it ran, so adding it again does nothing; 7 days unless told. */
  retentionMs?: number;
  /** The longest sleep between looks at the clock; 1 s unless told. */
  pollMs?: number;
}

/**
 * The scheduler of the embedded mode: jobs in an SQLite file, run by this process. Jobs a crash
 * left active run again on the next open, so a job may run twice; the worker is idempotent.
 */
export class LocalScheduler implements Scheduler {
  private readonly clock: Clock;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly retentionMs: number;
  private readonly pollMs: number;
  private runner: JobRunner | undefined;
  private concurrency = 1;
  private readonly running = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private closing: Promise<void> | undefined;

  private constructor(
    private readonly store: LocalJobStore,
    options: LocalSchedulerOptions,
  ) {
    this.clock = options.clock ?? systemClock;
    this.attempts = options.attempts ?? 8;
    this.backoffMs = options.backoffMs ?? 1000;
    this.retentionMs = options.retentionMs ?? 7 * 86_400_000;
    this.pollMs = options.pollMs ?? 1000;
  }

  /** Opens (or creates) the file; `:memory:` for tests. */
  static open(path: string, options: LocalSchedulerOptions = {}): LocalScheduler {
    const store = LocalJobStore.open(path);
    store.releaseActive();
    return new LocalScheduler(store, options);
  }

  async add(jobs: readonly NewJob[]): Promise<void> {
    this.store.add(jobs);
    this.wake();
  }

  async runDaily(job: DailyJob): Promise<void> {
    this.store.upsertDaily(job, this.now());
    this.wake();
  }

  async start(run: JobRunner, options: { concurrency?: number } = {}): Promise<void> {
    if (this.runner) throw new Error('The local scheduler is already started');
    this.runner = run;
    this.concurrency = options.concurrency ?? 1;
    this.wake();
  }

  async counts(): Promise<JobCounts> {
    return this.store.counts();
  }

  /** Jobs out of attempts, newest first: what the dashboard shows. */
  failedJobs(limit = 100): FailedJob[] {
    return this.store.failedJobs(limit);
  }

  async loadCheckpoint(name: string): Promise<number | undefined> {
    return this.store.loadCheckpoint(name);
  }

  async saveCheckpoint(name: string, position: number): Promise<void> {
    this.store.saveCheckpoint(name, position);
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      clearTimeout(this.timer);
      await Promise.all(this.running);
      this.store.close();
    })();
    return this.closing;
  }

  private now(): number {
    return Date.parse(this.clock.now());
  }

  private wake(): void {
    if (!this.runner || this.closing) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), 0);
  }

  private tick(): void {
    if (!this.runner || this.closing) return;
    const now = this.now();
    this.store.scheduleDailyRuns(now);
    this.store.purgeCompleted(now - this.retentionMs);
    const free = this.concurrency - this.running.size;
    if (free > 0) for (const job of this.store.takeDue(now, free)) this.execute(this.runner, job);
    // With every slot taken, a finishing job wakes the loop.
    if (this.running.size >= this.concurrency) return;
    const next = this.store.nextDueAt();
    const sleep = next === undefined ? this.pollMs : Math.min(Math.max(next - now, 0), this.pollMs);
    this.timer = setTimeout(() => this.tick(), sleep);
  }

  private execute(run: JobRunner, job: Job): void {
    const running = Promise.resolve()
      .then(() => run(job))
      .then(
        () => this.store.complete(job.id),
        (error: unknown) => {
          const retryAt = job.attempt < this.attempts ? this.now() + this.backoffMs * 2 ** (job.attempt - 1) : undefined;
          this.store.recordFailure(job.id, error instanceof Error ? error.message : String(error), retryAt);
        },
      )
      .finally(() => {
        this.running.delete(running);
        this.wake();
      });
    this.running.add(running);
  }
}
