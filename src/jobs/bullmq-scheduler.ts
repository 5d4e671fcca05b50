import { Queue, Worker, type Job as BullJob } from 'bullmq';
import { Redis } from 'ioredis';
import { systemClock, type Clock } from '../app/clock';
import { dailyCronPattern } from './daily-time';
import type { DailyJob, Job, JobCounts, JobRunner, NewJob, Scheduler } from './scheduler';

const QUEUE = 'concierge-jobs';

export interface BullmqSchedulerOptions {
  /** redis:// or rediss:// */
  url: string;
  /** Every key of the queue and the checkpoints starts with it; "concierge" unless told. */
  prefix?: string;
  /** Connection and worker errors; the scheduler reconnects by itself. */
  onError: (error: Error) => void;
  clock?: Clock;
  /** Runs a job may have before it is failed for good; 8 unless told. */
  attempts?: number;
  /** The first retry waits this long, each next one twice as long; 1 s unless told. */
  backoffMs?: number;
  /** How long a completed job is kept, so adding it again does nothing; 7 days unless told. */
  retentionMs?: number;
  /** A worker that stops renewing its lock for this long (it died) has its job run elsewhere; 30 s unless told. */
  lockDurationMs?: number;
  /** How often workers look for such jobs; 30 s unless told. */
  stalledIntervalMs?: number;
}

/** What a job carries in Redis; a daily job's runs carry only `data`. */
interface Payload {
  id?: string;
  runAt?: string;
  data: Record<string, unknown>;
}

/** Reconnects quickly at first, then every 5 s at most, for ever. */
const reconnectDelay = (times: number): number => Math.min(100 * 2 ** times, 5000);

/**
 * BullMQ rejects custom job ids holding ':' (our keys do) and ids that read as integers:
 * percent-encode every ':' and '%', and a leading digit or '-', which keeps distinct ids distinct.
 */
export const bullJobId = (id: string): string =>
  id.replace(/^[\d-]|[%:]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);

/** The Scheduler on BullMQ: one queue, and one worker once started. */
export class BullmqScheduler implements Scheduler {
  private readonly redis: Redis;
  private readonly queue: Queue<Payload>;
  private worker: Worker<Payload> | undefined;
  private closing: Promise<void> | undefined;
  private readonly prefix: string;
  private readonly clock: Clock;

  constructor(private readonly options: BullmqSchedulerOptions) {
    this.prefix = options.prefix ?? 'concierge';
    this.clock = options.clock ?? systemClock;
    this.redis = new Redis(options.url, { retryStrategy: reconnectDelay });
    this.redis.on('error', options.onError);
    this.queue = new Queue<Payload>(QUEUE, {
      connection: this.redis,
      prefix: this.prefix,
      defaultJobOptions: {
        attempts: options.attempts ?? 8,
        backoff: { type: 'exponential', delay: options.backoffMs ?? 1000 },
        removeOnComplete: { age: Math.ceil((options.retentionMs ?? 7 * 86_400_000) / 1000) },
        removeOnFail: false,
      },
    });
    this.queue.on('error', options.onError);
  }

  async add(jobs: readonly NewJob[]): Promise<void> {
    const now = Date.parse(this.clock.now());
    await this.queue.addBulk(
      jobs.map((job) => ({
        name: job.name,
        data: { id: job.id, runAt: job.runAt, data: job.data },
        opts: { jobId: bullJobId(job.id), delay: Math.max(0, Date.parse(job.runAt) - now) },
      })),
    );
  }

  async runDaily(job: DailyJob): Promise<void> {
    await this.queue.upsertJobScheduler(job.name, { pattern: dailyCronPattern(job.at), tz: job.timeZone }, { name: job.name, data: { data: {} } });
  }

  async start(run: JobRunner, options: { concurrency?: number } = {}): Promise<void> {
    if (this.worker) throw new Error('The BullMQ scheduler is already started');
    this.worker = new Worker<Payload>(QUEUE, (job) => run(portJob(job)), {
      // BullMQ makes its own connections from options, with maxRetriesPerRequest null as workers need.
      connection: { url: this.options.url, retryStrategy: reconnectDelay },
      prefix: this.prefix,
      concurrency: options.concurrency ?? 1,
      lockDuration: this.options.lockDurationMs ?? 30_000,
      stalledInterval: this.options.stalledIntervalMs ?? 30_000,
    });
    this.worker.on('error', this.options.onError);
    await this.worker.waitUntilReady();
  }

  async counts(): Promise<JobCounts> {
    const counts = await this.queue.getJobCounts('wait', 'delayed', 'prioritized', 'active', 'completed', 'failed');
    const count = (state: string): number => counts[state] ?? 0;
    return {
      pending: count('wait') + count('delayed') + count('prioritized'),
      active: count('active'),
      completed: count('completed'),
      failed: count('failed'),
    };
  }

  async loadCheckpoint(name: string): Promise<number | undefined> {
    const position = await this.redis.get(this.checkpointKey(name));
    return position === null ? undefined : Number(position);
  }

  async saveCheckpoint(name: string, position: number): Promise<void> {
    await this.redis.set(this.checkpointKey(name), String(position));
  }

  /** The queue, for the bull-board dashboard. */
  dashboardQueue(): Queue {
    return this.queue;
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.worker?.close();
      await this.queue.close();
      await this.redis.quit();
    })();
    return this.closing;
  }

  private checkpointKey(name: string): string {
    return `${this.prefix}:checkpoint:${name}`;
  }
}

function portJob(job: BullJob<Payload>): Job {
  const runAt = job.data.runAt ?? new Date(job.opts.prevMillis ?? job.timestamp).toISOString();
  return { id: job.data.id ?? String(job.id), name: job.name, data: job.data.data, runAt, attempt: job.attemptsMade + 1 };
}
