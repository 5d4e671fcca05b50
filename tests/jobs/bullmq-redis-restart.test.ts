import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BullmqScheduler } from '../../src/jobs/bullmq-scheduler';
import type { NewJob } from '../../src/jobs/scheduler';
import { RedisServer, freePort } from '../support/redis-server';
import { sleep, until } from '../support/until';

const batch = (name: string, count: number, dueInMs: number): NewJob[] =>
  Array.from({ length: count }, (_, i) => ({ id: `${name}:${i}`, name: 'remind', data: {}, runAt: new Date(Date.now() + dueInMs).toISOString() }));

describe('BullMQ scheduler across a Redis restart', () => {
  let dir: string;
  let server: RedisServer;
  let scheduler: BullmqScheduler;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'concierge-redis-'));
    server = new RedisServer(await freePort(), dir);
    await server.start();
  });
  afterAll(async () => {
    await scheduler.close();
    await server.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs every job exactly once: those done before, those due while Redis was down, those due after, those added after', async () => {
    const runs = new Map<string, number>();
    // Connection errors while the server is down are the point of the test.
    scheduler = new BullmqScheduler({ url: server.url, prefix: 'restart', onError: () => undefined });
    await scheduler.start(
      async ({ id }) => {
        runs.set(id, (runs.get(id) ?? 0) + 1);
      },
      { concurrency: 4 },
    );
    const before = batch('before', 20, 0);
    const whileDown = batch('while-down', 20, 900);
    const after = batch('after', 20, 2500);
    await scheduler.add([...before, ...whileDown, ...after]);
    await until('the first batch to run', () => runs.size === before.length);

    await server.shutdown();
    await sleep(1200);
    await server.start();
    const added = batch('added', 20, 0);
    await scheduler.add(added);

    const all = [...before, ...whileDown, ...after, ...added];
    await until('every job to run', () => runs.size === all.length, 20_000);
    await sleep(300);
    expect([...runs.keys()].sort()).toEqual(all.map(({ id }) => id).sort());
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    expect(await scheduler.counts()).toEqual({ pending: 0, active: 0, completed: all.length, failed: 0 });
  }, 40_000);
});
