import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

/** A key prefix no other test run uses. */
export const uniquePrefix = (): string => `concierge-test-${randomUUID().slice(0, 8)}`;

/** Deletes every key under `prefix`. */
export async function deletePrefix(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
