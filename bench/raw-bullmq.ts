import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { timed } from './env';

const QUEUE = 'raw';

/** Whether a Redis answers at `url` within a couple of seconds, without the endless reconnecting the app wants. */
export async function redisAnswers(url: string): Promise<boolean> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/**
 * Jobs per second of plain BullMQ: one Queue adding `count` empty jobs with addBulk, `chunk` at a
 * time, and one Worker running `processor` (by default a no-op) at `concurrency`, from the first
 * add to the last completion. Jobs are removed on completion.
 */
export async function rawBullmqRate(
  url: string,
  prefix: string,
  count: number,
  chunk: number,
  concurrency: number,
  processor: () => Promise<unknown> = async () => undefined,
): Promise<number> {
  const connection = { url };
  const queue = new Queue(QUEUE, { connection, prefix });
  const worker = new Worker(QUEUE, processor, { connection, prefix, concurrency });
  const failures: Error[] = [];
  queue.on('error', (error) => failures.push(error));
  worker.on('error', (error) => failures.push(error));
  let completed = 0;
  const allDone = new Promise<void>((resolve) => {
    worker.on('completed', () => {
      completed += 1;
      if (completed === count) resolve();
    });
  });
  try {
    await worker.waitUntilReady();
    const { seconds } = await timed(async () => {
      for (let added = 0; added < count; added += chunk) {
        const size = Math.min(chunk, count - added);
        await queue.addBulk(Array.from({ length: size }, () => ({ name: 'empty', data: {}, opts: { removeOnComplete: true } })));
      }
      await allDone;
    });
    if (failures.length > 0) throw failures[0]!;
    return count / seconds;
  } finally {
    await worker.close();
    await queue.close();
  }
}
