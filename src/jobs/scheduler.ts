/** A job to run at `runAt`; its id is deterministic, so adding it twice schedules it once. */
export interface NewJob {
  id: string;
  /** What the job does: the worker dispatches on it. */
  name: string;
  data: Record<string, unknown>;
  /** ISO instant; a time already past means as soon as a worker is free. */
  runAt: string;
}

export interface Job extends NewJob {
  /** 1 on the first run, 2 on the first retry, and so on. */
  attempt: number;
}

/** A job that runs every day at a wall-clock time, as the daily overdue sweep does. */
export interface DailyJob {
  name: string;
  /** "HH:MM" in `timeZone`. */
  at: string;
  timeZone: string;
}

export interface JobCounts {
  /** Scheduled and not yet run, or waiting for a retry. */
  pending: number;
  active: number;
  completed: number;
  /** Out of attempts: kept for inspection. */
  failed: number;
}

/**
 * Runs one job; throwing means "try again later", until the attempts run out. A job whose worker
 * died mid-run runs again as the same attempt, so a runner must be idempotent.
 */
export type JobRunner = (job: Job) => Promise<void>;

/**
 * Where reminders and the sweeps wait for their time: BullMQ when REDIS_URL is set, a local
 * SQLite-backed scheduler otherwise. A job is kept after completion until its run time has
 * long passed, so a job added again by a replay is ignored; a job that fails is retried with
 * backoff and, once out of attempts, kept as failed. The checkpoint is the reminder reactor's:
 * it lives beside the jobs so that losing one loses the other, and a replay restores both.
 */
export interface Scheduler {
  add(jobs: readonly NewJob[]): Promise<void>;
  /** Creates or updates the daily job of that name. */
  runDaily(job: DailyJob): Promise<void>;
  /** Starts running due jobs with `run`, at most `concurrency` at a time. */
  start(run: JobRunner, options?: { concurrency?: number }): Promise<void>;
  counts(): Promise<JobCounts>;
  loadCheckpoint(name: string): Promise<number | undefined>;
  saveCheckpoint(name: string, position: number): Promise<void>;
  /** Stops taking jobs, lets running ones finish, and closes connections. */
  close(): Promise<void>;
}
