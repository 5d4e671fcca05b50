import { BullmqScheduler } from '../../src/jobs/bullmq-scheduler';
import { LocalScheduler } from '../../src/jobs/local-scheduler';
import { describeWithService, redis } from '../support/needs-service';
import { deletePrefix, uniquePrefix } from '../support/redis-prefix';
import { CONTRACT_ATTEMPTS, CONTRACT_BACKOFF_MS, describeSchedulerContract } from './scheduler.contract';

const retries = { attempts: CONTRACT_ATTEMPTS, backoffMs: CONTRACT_BACKOFF_MS };

describeSchedulerContract('local', async () => {
  const scheduler = LocalScheduler.open(':memory:', { ...retries, pollMs: 50 });
  return { scheduler, dispose: () => scheduler.close() };
});

describeWithService('BullMQ against Redis', redis, () => {
  describeSchedulerContract('bullmq', async () => {
    const prefix = uniquePrefix();
    const scheduler = new BullmqScheduler({ url: redis.url, prefix, ...retries, onError: (error) => console.error(error) });
    return {
      scheduler,
      dispose: async () => {
        await scheduler.close();
        await deletePrefix(redis.url, prefix);
      },
    };
  });
});
