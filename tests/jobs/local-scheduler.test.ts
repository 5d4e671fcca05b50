import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../src/app/clock';
import { LocalScheduler } from '../../src/jobs/local-scheduler';
import type { Job } from '../../src/jobs/scheduler';
import { killedMidJob } from '../support/killed-mid-job';
import { sleep, until } from '../support/until';

const job = (id: string, runAt: string) => ({ id, name: 'remind', data: { id }, runAt });

describe('the local scheduler', () => {
  it('runs a daily job when the clock reaches its time in the zone, once, and schedules the next day', async () => {
    const clock = new ManualClock('2025-03-03T00:29:59.000Z'); // 08:29:59 in Shanghai
    const scheduler = LocalScheduler.open(':memory:', { clock, pollMs: 20 });
    const runs: Job[] = [];
    await scheduler.runDaily({ name: 'overdue-sweep', at: '08:30', timeZone: 'Asia/Shanghai' });
    await scheduler.start(async (run) => {
      runs.push(run);
    });
    await sleep(100);
    expect(runs).toHaveLength(0);
    clock.set('2025-03-03T00:30:00.000Z');
    await until('the sweep to run', () => runs.length === 1);
    clock.advance(60_000);
    await sleep(100);
    expect(runs).toEqual([{ id: 'daily:overdue-sweep@2025-03-03T00:30:00.000Z', name: 'overdue-sweep', data: {}, runAt: '2025-03-03T00:30:00.000Z', attempt: 1 }]);
    expect(await scheduler.counts()).toEqual({ pending: 1, active: 0, completed: 1, failed: 0 });
    await scheduler.close();
  });

  it('forgets a completed job once its run time is older than the retention', async () => {
    const clock = new ManualClock('2025-03-03T00:00:00.000Z');
    const scheduler = LocalScheduler.open(':memory:', { clock, pollMs: 20, retentionMs: 86_400_000 });
    await scheduler.start(async () => undefined);
    await scheduler.add([job('kept-a-day', clock.now())]);
    await until('the job to complete', async () => (await scheduler.counts()).completed === 1);
    clock.advance(86_400_000 - 1);
    await sleep(60);
    expect((await scheduler.counts()).completed).toBe(1);
    clock.advance(2);
    await until('the job to be purged', async () => (await scheduler.counts()).completed === 0);
    await scheduler.close();
  });

  it('lists failed jobs with their attempts and last error', async () => {
    const scheduler = LocalScheduler.open(':memory:', { attempts: 2, backoffMs: 10, pollMs: 20 });
    await scheduler.start(async ({ attempt }) => {
      throw new Error(`refused on attempt ${attempt}`);
    });
    await scheduler.add([job('webhook:r-1', new Date().toISOString())]);
    await until('the job to fail', async () => (await scheduler.counts()).failed === 1);
    expect(scheduler.failedJobs()).toEqual([{ id: 'webhook:r-1', name: 'remind', attempts: 2, lastError: 'refused on attempt 2' }]);
    await scheduler.close();
  });

  describe('on a file', () => {
    let dir: string;
    let file: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'concierge-local-scheduler-'));
      file = join(dir, 'jobs.db');
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('runs after a reopen the jobs and checkpoints it had before the close', async () => {
      const before = LocalScheduler.open(file);
      await before.add([job('due', new Date().toISOString()), job('soon', new Date(Date.now() + 200).toISOString())]);
      await before.saveCheckpoint('reminders', 12);
      await before.close();

      const after = LocalScheduler.open(file, { pollMs: 20 });
      const ran: string[] = [];
      await after.start(async ({ id }) => {
        ran.push(id);
      });
      await until('both jobs to run', () => ran.length === 2);
      expect(ran).toEqual(['due', 'soon']);
      expect(await after.loadCheckpoint('reminders')).toBe(12);
      await after.close();
    });

    it('runs again, as the same attempt, a job that was running when its process was killed', async () => {
      const seed = LocalScheduler.open(file);
      await seed.add([job('interrupted', new Date().toISOString())]);
      await seed.close();

      await killedMidJob('interrupted', ['local', file]);

      const after = LocalScheduler.open(file, { pollMs: 20 });
      const runs: Job[] = [];
      await after.start(async (run) => {
        runs.push(run);
      });
      await until('the job to complete', async () => (await after.counts()).completed === 1);
      expect(runs.map(({ id, attempt }) => ({ id, attempt }))).toEqual([{ id: 'interrupted', attempt: 1 }]);
      await after.close();
    });
  });
});
