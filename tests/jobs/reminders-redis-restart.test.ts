import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Harness } from '../support/http-harness';
import { RedisServer, freePort } from '../support/redis-server';
import { sentKeys, startRemindersHarness, TEST_DAY } from '../support/reminders-harness';
import { sleep, until } from '../support/until';
import type { RunningClock } from '../support/running-clock';
import { taskScenarios } from '../support/task-scenarios';

describe('reminders across a restart of their Redis server', () => {
  let dir: string;
  let server: RedisServer;
  let h: Harness & { clock: RunningClock };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'concierge-redis-'));
    server = new RedisServer(await freePort(), dir);
    await server.start();
    h = await startRemindersHarness({ REDIS_URL: server.url, REDIS_PREFIX: 'restart' });
  });
  afterAll(async () => {
    await h.close();
    await server.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses no reminder and sends none twice: sent before the restart, due while Redis is down, caused while it is down', async () => {
    const tasks = taskScenarios(h, 900);
    const reactor = h.app.reminders.reactor;
    const keyOf = ({ taskId }: { taskId: string }) => `task-deadline:${taskId}:2026-03-16:-2wd`;
    const acceptTwo = async () => {
      h.clock.set(TEST_DAY);
      return [keyOf(await tasks.accepted()), keyOf(await tasks.accepted())];
    };

    await reactor.stop();
    const sentBefore = await acceptTwo();
    h.clock.set('2026-03-12T01:00:00.000Z');
    reactor.start();
    await until('the first reminders', async () => (await sentKeys(h.app.events)).length === 2, 15_000);

    await reactor.stop();
    const dueWhileDown = await acceptTwo();
    h.clock.set('2026-03-12T00:59:58.500Z');
    reactor.start();
    await reactor.caughtUp();
    await server.shutdown();
    const causedWhileDown = await acceptTwo();
    h.clock.set('2026-03-12T01:00:03.000Z');
    await sleep(2000);
    await server.start();

    const keys = [...sentBefore, ...dueWhileDown, ...causedWhileDown];
    await until('every reminder', async () => (await sentKeys(h.app.events)).length >= keys.length, 30_000);
    await sleep(1500);
    expect((await sentKeys(h.app.events)).sort()).toEqual(keys.sort());
  });
});
