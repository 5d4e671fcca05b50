import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Router, type RequestHandler } from 'express';
import { BullmqScheduler } from '../jobs/bullmq-scheduler';
import { LocalScheduler } from '../jobs/local-scheduler';
import type { Scheduler } from '../jobs/scheduler';

export const ADMIN_QUEUES_PATH = '/admin/queues';

/**
 * bull-board's page links a stylesheet on fonts.googleapis.com, which blocks rendering where the
 * service centre's network does not reach Google: the browser is told to fetch styles only from here.
 */
const SAME_ORIGIN_STYLES = "style-src 'self' 'unsafe-inline'";

/**
 * The job dashboard at /admin/queues: bull-board over the BullMQ queue, or, for the local
 * scheduler, its job counts and failed jobs as JSON. It lets its user retry and remove jobs:
 * mount it behind admin authentication.
 */
export function adminQueuesRouter(scheduler: Scheduler): Router {
  const router = Router();
  if (scheduler instanceof BullmqScheduler) {
    const board = new ExpressAdapter().setBasePath(ADMIN_QUEUES_PATH);
    createBullBoard({ queues: [new BullMQAdapter(scheduler.dashboardQueue())], serverAdapter: board });
    router.use(ADMIN_QUEUES_PATH, (_req, res, next) => {
      res.setHeader('Content-Security-Policy', SAME_ORIGIN_STYLES);
      next();
    });
    router.use(ADMIN_QUEUES_PATH, board.getRouter() as RequestHandler);
  } else if (scheduler instanceof LocalScheduler) {
    router.get(ADMIN_QUEUES_PATH, async (_req, res) => {
      res.json({ counts: await scheduler.counts(), failed: scheduler.failedJobs() });
    });
  }
  return router;
}
