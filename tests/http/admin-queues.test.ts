import express from 'express';
import request from 'supertest';
import { BullmqScheduler } from '../../src/jobs/bullmq-scheduler';
import { LocalScheduler } from '../../src/jobs/local-scheduler';
import { adminQueuesRouter } from '../../src/http/admin-queues';
import { describeWithService, redis } from '../support/needs-service';
import { deletePrefix, uniquePrefix } from '../support/redis-prefix';
import { until } from '../support/until';

const appOn = (scheduler: BullmqScheduler | LocalScheduler): express.Express => express().use(adminQueuesRouter(scheduler));

describe('the queue dashboard of the local scheduler', () => {
  it('lists the job counts and the failed jobs with their attempts and last error', async () => {
    const scheduler = LocalScheduler.open(':memory:', { attempts: 2, backoffMs: 10, pollMs: 20 });
    await scheduler.start(async () => {
      throw new Error('webhook receiver answered 410');
    });
    await scheduler.add([{ id: 'reminder:task:t-3:P0D', name: 'deliver-webhook', data: {}, runAt: new Date().toISOString() }]);
    await until('the job to fail', async () => (await scheduler.counts()).failed === 1);

    const response = await request(appOn(scheduler)).get('/admin/queues').expect(200);
    expect(response.body).toEqual({
      counts: { pending: 0, active: 0, completed: 0, failed: 1 },
      failed: [{ id: 'reminder:task:t-3:P0D', name: 'deliver-webhook', attempts: 2, lastError: 'webhook receiver answered 410' }],
    });
    await scheduler.close();
  });
});

describeWithService('the queue dashboard of the BullMQ scheduler', redis, () => {
  const prefix = uniquePrefix();
  const scheduler = new BullmqScheduler({ url: redis.url, prefix, onError: (error) => console.error(error) });
  afterAll(async () => {
    await scheduler.close();
    await deletePrefix(redis.url, prefix);
  });

  it('serves bull-board at /admin/queues, showing the queue through its API', async () => {
    await scheduler.add([{ id: 'reminder:loan:l-1:P-7D', name: 'remind', data: {}, runAt: new Date(Date.now() + 60_000).toISOString() }]);
    const app = appOn(scheduler);
    const page = await request(app).get('/admin/queues').expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    // Its Google Fonts stylesheet is refused by the browser, not fetched: an intranet never waits for it.
    expect(page.text).toContain('fonts.googleapis.com');
    expect(page.headers['content-security-policy']).toBe("style-src 'self' 'unsafe-inline'");
    const script = /<script defer src="(static\/js\/main\.[^"]+)"/.exec(page.text)?.[1];
    await request(app).get(`/admin/queues/${script}`).expect(200).expect('content-type', /javascript/);
    const queues = await request(app).get('/admin/queues/api/queues').expect(200);
    expect(queues.body.queues).toEqual([expect.objectContaining({ name: 'concierge-jobs', counts: expect.objectContaining({ delayed: 1 }) })]);
  });
});
