import type { Job, NewJob, Scheduler } from '../../src/jobs/scheduler';
import { sleep, until } from '../support/until';

export interface SchedulerFixture {
  scheduler: Scheduler;
  /** Closes the scheduler if the test did not, and removes what it stored. */
  dispose(): Promise<void>;
}

/** Every fixture opens its scheduler with these, so retries take a fraction of a second. */
export const CONTRACT_ATTEMPTS = 3;
export const CONTRACT_BACKOFF_MS = 100;

const jobDueIn = (id: string, ms: number, data: Record<string, unknown> = {}): NewJob => ({
  id,
  name: 'remind',
  data,
  runAt: new Date(Date.now() + ms).toISOString(),
});

/** Every Scheduler adapter must pass this suite; each test gets a scheduler of its own. */
export function describeSchedulerContract(adapter: string, open: () => Promise<SchedulerFixture>): void {
  describe(`Scheduler contract: ${adapter}`, () => {
    let fixture: SchedulerFixture;
    let scheduler: Scheduler;
    beforeEach(async () => {
      fixture = await open();
      scheduler = fixture.scheduler;
    });
    afterEach(() => fixture.dispose());

    it('runs a job at its time, not before, with what it was added with', async () => {
      const runs: { job: Job; at: number }[] = [];
      await scheduler.start(async (job) => {
        runs.push({ job, at: Date.now() });
      });
      const job = jobDueIn('task:t-1:deadline:P-2D', 400, { taskId: 't-1' });
      await scheduler.add([job]);
      await sleep(250);
      expect(runs).toHaveLength(0);
      await until('the job to run', () => runs.length === 1, 3000);
      expect(runs[0]!.job).toEqual({ ...job, attempt: 1 });
      expect(runs[0]!.at).toBeGreaterThanOrEqual(Date.parse(job.runAt) - 5);
      expect(runs[0]!.at).toBeLessThan(Date.parse(job.runAt) + 1500);
    });

    it('runs a job added twice once, also when it is added again after it completed', async () => {
      const runs: string[] = [];
      const job = jobDueIn('loan:l-1:instalment:3:P-7D', 0);
      await scheduler.add([job, job]);
      await scheduler.add([job]);
      await scheduler.start(async ({ id }) => {
        runs.push(id);
      });
      await until('the job to complete', async () => (await scheduler.counts()).completed === 1);
      await scheduler.add([job]);
      await sleep(300);
      expect(runs).toEqual([job.id]);
      expect(await scheduler.counts()).toEqual({ pending: 0, active: 0, completed: 1, failed: 0 });
    });

    it('retries a throwing job with growing waits and a growing attempt number until it succeeds', async () => {
      const runs: { attempt: number; at: number }[] = [];
      await scheduler.start(async ({ attempt }) => {
        runs.push({ attempt, at: Date.now() });
        if (attempt < 3) throw new Error(`webhook answered 503 on attempt ${attempt}`);
      });
      await scheduler.add([jobDueIn('flaky', 0)]);
      await until('the job to complete', async () => (await scheduler.counts()).completed === 1, 5000);
      expect(runs.map(({ attempt }) => attempt)).toEqual([1, 2, 3]);
      const [first, second, third] = runs.map(({ at }) => at);
      expect(second! - first!).toBeGreaterThanOrEqual(CONTRACT_BACKOFF_MS - 5);
      expect(third! - second!).toBeGreaterThanOrEqual(2 * CONTRACT_BACKOFF_MS - 5);
      expect((await scheduler.counts()).failed).toBe(0);
    });

    it('keeps a job that throws on every attempt as failed', async () => {
      const attempts: number[] = [];
      await scheduler.start(async ({ attempt }) => {
        attempts.push(attempt);
        throw new Error('mail server refused');
      });
      await scheduler.add([jobDueIn('hopeless', 0)]);
      await until('the job to fail', async () => (await scheduler.counts()).failed === 1, 5000);
      await sleep(2 * CONTRACT_BACKOFF_MS);
      expect(attempts).toEqual(Array.from({ length: CONTRACT_ATTEMPTS }, (_, i) => i + 1));
      expect(await scheduler.counts()).toEqual({ pending: 0, active: 0, completed: 0, failed: 1 });
    });

    it('runs at most `concurrency` jobs at once and all of them in the end', async () => {
      let running = 0;
      let mostAtOnce = 0;
      await scheduler.start(
        async () => {
          running += 1;
          mostAtOnce = Math.max(mostAtOnce, running);
          await sleep(100);
          running -= 1;
        },
        { concurrency: 2 },
      );
      await scheduler.add(['a', 'b', 'c', 'd', 'e'].map((id) => jobDueIn(id, 0)));
      await until('every job to complete', async () => (await scheduler.counts()).completed === 5);
      expect(mostAtOnce).toBe(2);
    });

    it('keeps a checkpoint per name', async () => {
      expect(await scheduler.loadCheckpoint('reminders')).toBeUndefined();
      await scheduler.saveCheckpoint('reminders', 41);
      await scheduler.saveCheckpoint('policy-push', 7);
      await scheduler.saveCheckpoint('reminders', 42);
      expect(await scheduler.loadCheckpoint('reminders')).toBe(42);
      expect(await scheduler.loadCheckpoint('policy-push')).toBe(7);
    });

    it('keeps one next run per daily job however often it is declared or moved', async () => {
      const sweep = { name: 'overdue-sweep', at: '08:30', timeZone: 'Asia/Shanghai' };
      await scheduler.runDaily(sweep);
      await scheduler.runDaily(sweep);
      expect((await scheduler.counts()).pending).toBe(1);
      await scheduler.runDaily({ ...sweep, at: '09:15' });
      expect((await scheduler.counts()).pending).toBe(1);
      await scheduler.runDaily({ ...sweep, name: 'policy-digest' });
      expect((await scheduler.counts()).pending).toBe(2);
    });

    it('closes only after the running job has finished', async () => {
      let finished = false;
      await scheduler.start(async () => {
        await sleep(300);
        finished = true;
      });
      await scheduler.add([jobDueIn('slow', 0)]);
      await until('the job to start', async () => (await scheduler.counts()).active === 1);
      await scheduler.close();
      expect(finished).toBe(true);
    });
  });
}
