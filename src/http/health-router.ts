import { Router } from 'express';
import type { Application } from '../app/container';

interface Check {
  ok: boolean;
  detail?: unknown;
}

async function check(probe: () => Promise<unknown>): Promise<Check> {
  try {
    return { ok: true, detail: await probe() };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Liveness says the process answers; readiness says the stores answer and every read model is caught up. */
export function healthRouter(app: Pick<Application, 'events' | 'reads' | 'projections'>): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const [eventStore, readStore] = await Promise.all([
      check(async () => ({ headPosition: (await app.events.headPosition()) ?? null })),
      check(() => app.reads.ping()),
    ]);
    const projections = app.projections.status();
    const ready = eventStore.ok && readStore.ok && projections.every((p) => p.state === 'live');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not-ready', eventStore, readStore, projections });
  });
  return router;
}
