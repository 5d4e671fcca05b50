import { BullmqScheduler } from '../../src/jobs/bullmq-scheduler';
import type { Job } from '../../src/jobs/scheduler';
import { killedMidJob } from '../support/killed-mid-job';
import { describeWithService, redis } from '../support/needs-service';
import { deletePrefix, uniquePrefix } from '../support/redis-prefix';
import { until } from '../support/until';

describeWithService('BullMQ scheduler when a worker dies mid-job', redis, () => {
  const prefix = uniquePrefix();
  let scheduler: BullmqScheduler;
  afterAll(async () => {
    await scheduler.close();
    await deletePrefix(redis.url, prefix);
  });

  it('runs the job again, as the same attempt, in a worker that is alive, and completes it once', async () => {
    scheduler = new BullmqScheduler({ url: redis.url, prefix, lockDurationMs: 1000, stalledIntervalMs: 300, onError: (error) => console.error(error) });
    await scheduler.add([{ id: 'task:t-9:deadline:P0D', name: 'remind', data: {}, runAt: new Date().toISOString() }]);

    await killedMidJob('task:t-9:deadline:P0D', ['bullmq', redis.url, prefix]);
    expect(await scheduler.counts()).toMatchObject({ active: 1, completed: 0 });

    const runs: Job[] = [];
    await scheduler.start(async (job) => {
      runs.push(job);
    });
    await until('the job to complete', async () => (await scheduler.counts()).completed === 1, 10_000);
    expect(runs.map(({ id, attempt }) => ({ id, attempt }))).toEqual([{ id: 'task:t-9:deadline:P0D', attempt: 1 }]);
    expect(await scheduler.counts()).toEqual({ pending: 0, active: 0, completed: 1, failed: 0 });
  }, 30_000);
});
