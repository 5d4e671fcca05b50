import Database from 'better-sqlite3';
import { nextDailyRun } from './daily-time';
import type { DailyJob, Job, JobCounts, NewJob } from './scheduler';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS jobs (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  data TEXT NOT NULL,
  run_at TEXT NOT NULL,
  due_at INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'active', 'completed', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT
);
CREATE INDEX IF NOT EXISTS jobs_by_state_and_due ON jobs (state, due_at);
CREATE TABLE IF NOT EXISTS daily_jobs (
  name TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  next_run INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS checkpoints (
  name TEXT PRIMARY KEY,
  position INTEGER NOT NULL
);`;

type JobState = 'pending' | 'active' | 'completed' | 'failed';

interface JobRow {
  id: string;
  name: string;
  data: string;
  run_at: string;
  attempts: number;
}

interface DailyRow {
  name: string;
  at: string;
  time_zone: string;
  next_run: number;
}

/** A job out of attempts, as the dashboard shows it. */
export interface FailedJob {
  id: string;
  name: string;
  attempts: number;
  lastError: string | null;
}

/** The jobs of a daily job are ordinary jobs with this id, one per run. */
const occurrenceId = (name: string, runAt: number): string => `daily:${name}@${new Date(runAt).toISOString()}`;

/**
 * The local scheduler's SQLite file: jobs with their state (`attempts` counts finished runs, so
 * a run cut short by a crash is not counted), daily jobs with their next run, and checkpoints.
 * Every method is one transaction; times are epoch ms.
 */
export class LocalJobStore {
  private constructor(private readonly db: Database.Database) {}

  static open(path: string): LocalJobStore {
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a power cut can lose only the last transactions, in order. A lost
    // completion runs its job again (jobs are idempotent); lost jobs go with the reactor's
    // checkpoint in this same file, so the reactor schedules them again.
    db.pragma('synchronous = NORMAL');
    db.exec(SCHEMA);
    return new LocalJobStore(db);
  }

  add(jobs: readonly NewJob[]): void {
    const insert = this.db.prepare(
      `INSERT INTO jobs (id, name, data, run_at, due_at, state) VALUES (?, ?, ?, ?, ?, 'pending') ON CONFLICT (id) DO NOTHING`,
    );
    this.db.transaction(() => {
      for (const job of jobs) {
        const dueAt = Date.parse(job.runAt);
        if (Number.isNaN(dueAt)) throw new RangeError(`Job ${job.id}: runAt is not an instant (got "${job.runAt}")`);
        insert.run(job.id, job.name, JSON.stringify(job.data), job.runAt, dueAt);
      }
    })();
  }

  /** Keeps the schedule of an unchanged daily job, so declaring it at every start moves nothing. */
  upsertDaily(job: DailyJob, now: number): void {
    const existing = this.db.prepare<[string], DailyRow>('SELECT * FROM daily_jobs WHERE name = ?').get(job.name);
    if (existing && existing.at === job.at && existing.time_zone === job.timeZone) return;
    const nextRun = nextDailyRun(job.at, job.timeZone, now);
    this.db.transaction(() => {
      if (existing) {
        this.db.prepare(`DELETE FROM jobs WHERE id = ? AND state = 'pending' AND attempts = 0`).run(occurrenceId(job.name, existing.next_run));
      }
      this.db
        .prepare('INSERT INTO daily_jobs (name, at, time_zone, next_run) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET at = excluded.at, time_zone = excluded.time_zone, next_run = excluded.next_run')
        .run(job.name, job.at, job.timeZone, nextRun);
      this.addOccurrence(job.name, nextRun);
    })();
  }

  /** A daily job whose run fell due gets its next run scheduled; the due one stays to be taken. */
  scheduleDailyRuns(now: number): void {
    const due = this.db.prepare<[number], DailyRow>('SELECT * FROM daily_jobs WHERE next_run <= ?').all(now);
    this.db.transaction(() => {
      for (const daily of due) {
        const nextRun = nextDailyRun(daily.at, daily.time_zone, now);
        this.db.prepare('UPDATE daily_jobs SET next_run = ? WHERE name = ?').run(nextRun, daily.name);
        this.addOccurrence(daily.name, nextRun);
      }
    })();
  }

  /** Marks up to `limit` due jobs active, earliest first, and returns them. */
  takeDue(now: number, limit: number): Job[] {
    return this.db.transaction(() => {
      const rows = this.db
        .prepare<[number, number], JobRow>(`SELECT id, name, data, run_at, attempts FROM jobs WHERE state = 'pending' AND due_at <= ? ORDER BY due_at LIMIT ?`)
        .all(now, limit);
      const activate = this.db.prepare(`UPDATE jobs SET state = 'active' WHERE id = ?`);
      for (const row of rows) activate.run(row.id);
      return rows.map((row) => ({ id: row.id, name: row.name, data: JSON.parse(row.data) as Record<string, unknown>, runAt: row.run_at, attempt: row.attempts + 1 }));
    })();
  }

  complete(id: string): void {
    this.db.prepare(`UPDATE jobs SET state = 'completed', attempts = attempts + 1 WHERE id = ?`).run(id);
  }

  /** Records a failed run: pending again at `retryAt`, or failed for good without one. */
  recordFailure(id: string, error: string, retryAt: number | undefined): void {
    this.db
      .prepare(`UPDATE jobs SET state = ?, due_at = COALESCE(?, due_at), attempts = attempts + 1, last_error = ? WHERE id = ?`)
      .run(retryAt === undefined ? 'failed' : 'pending', retryAt ?? null, error, id);
  }

  /** Jobs a crashed process left active run again. */
  releaseActive(): void {
    this.db.prepare(`UPDATE jobs SET state = 'pending' WHERE state = 'active'`).run();
  }

  purgeCompleted(before: number): void {
    this.db.prepare(`DELETE FROM jobs WHERE state = 'completed' AND due_at < ?`).run(before);
  }

  nextDueAt(): number | undefined {
    const row = this.db.prepare<[], { due: number | null }>(`SELECT MIN(due_at) AS due FROM jobs WHERE state = 'pending'`).get();
    return row?.due ?? undefined;
  }

  counts(): JobCounts {
    const counts: JobCounts = { pending: 0, active: 0, completed: 0, failed: 0 };
    const rows = this.db.prepare<[], { state: JobState; count: number }>('SELECT state, COUNT(*) AS count FROM jobs GROUP BY state').all();
    for (const row of rows) counts[row.state] = row.count;
    return counts;
  }

  failedJobs(limit: number): FailedJob[] {
    return this.db
      .prepare<[number], FailedJob>(`SELECT id, name, attempts, last_error AS lastError FROM jobs WHERE state = 'failed' ORDER BY due_at DESC, id LIMIT ?`)
      .all(limit);
  }

  loadCheckpoint(name: string): number | undefined {
    return this.db.prepare<[string], { position: number }>('SELECT position FROM checkpoints WHERE name = ?').get(name)?.position;
  }

  saveCheckpoint(name: string, position: number): void {
    this.db.prepare('INSERT INTO checkpoints (name, position) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position').run(name, position);
  }

  close(): void {
    this.db.close();
  }

  private addOccurrence(name: string, runAt: number): void {
    this.add([{ id: occurrenceId(name, runAt), name, data: {}, runAt: new Date(runAt).toISOString() }]);
  }
}
