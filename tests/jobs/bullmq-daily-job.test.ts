import { BullmqScheduler } from '../../src/jobs/bullmq-scheduler';
import { nextDailyRun } from '../../src/jobs/daily-time';
import type { Job } from '../../src/jobs/scheduler';
import { describeWithService, redis } from '../support/needs-service';
import { deletePrefix, uniquePrefix } from '../support/redis-prefix';
import { until } from '../support/until';

describeWithService('BullMQ daily job', redis, () => {
  const prefix = uniquePrefix();
  const scheduler = new BullmqScheduler({ url: redis.url, prefix, onError: (error) => console.error(error) });
  afterAll(async () => {
    await scheduler.close();
    await deletePrefix(redis.url, prefix);
  });

  it('waits for the next wall time in its zone, and runs as a job of its name due then', async () => {
    await scheduler.runDaily({ name: 'overdue-sweep', at: '08:30', timeZone: 'Asia/Shanghai' });
    const expected = new Date(nextDailyRun('08:30', 'Asia/Shanghai', Date.now())).toISOString();
    const [next] = await scheduler.dashboardQueue().getDelayed();
    const runs: Job[] = [];
    await scheduler.start(async (job) => {
      runs.push(job);
    });
    await next!.promote();
    await until('the sweep to run', () => runs.length === 1);
    expect(runs[0]).toMatchObject({ name: 'overdue-sweep', data: {}, runAt: expected, attempt: 1 });
  });
});
