import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Router, type RequestHandler } from 'express';
import { BullmqScheduler } from '../jobs/bullmq-scheduler';
import type { LocalScheduler } from '../jobs/local-scheduler';

const BASE_PATH = '/admin/queues';

type ServerAdapter = Parameters<typeof createBullBoard>[0]['serverAdapter'];

/**
 * The job dashboard at /admin/queues: bull-board over the BullMQ queue, or, for the local
 * scheduler, its job counts and failed jobs as JSON. It lets its user retry and remove jobs:
 * mount it behind admin authentication.
 */
export function adminQueuesRouter(scheduler: BullmqScheduler | LocalScheduler): Router {
  const router = Router();
  if (scheduler instanceof BullmqScheduler) {
    const board = new ExpressAdapter().setBasePath(BASE_PATH);
    // @bull-board/express 9.10.1 brings its own @bull-board/api beside our 9.10.2: the same shape, declared twice.
    createBullBoard({ queues: [new BullMQAdapter(scheduler.dashboardQueue())], serverAdapter: board as unknown as ServerAdapter });
    router.use(BASE_PATH, board.getRouter() as RequestHandler);
  } else {
    router.get(BASE_PATH, async (_req, res) => {
      res.json({ counts: await scheduler.counts(), failed: scheduler.failedJobs() });
    });
  }
  return router;
}
