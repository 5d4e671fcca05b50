import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { Metrics } from '../app/metrics';

const CORRELATION_ID = /^[\w.:-]{1,100}$/;

/** Gives each request a correlation id, then logs one line and one latency sample when it ends. */
export function requestLog(logger: Logger, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const incoming = req.headers['x-correlation-id'];
    req.correlationId = typeof incoming === 'string' && CORRELATION_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Correlation-Id', req.correlationId);
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = req.route ? `${req.baseUrl}${String(req.route.path)}` : 'unmatched';
      metrics.requestDuration.observe({ method: req.method, route, status: String(res.statusCode) }, seconds);
      logger.info(
        {
          method: req.method,
          route,
          status: res.statusCode,
          durationMs: Math.round(seconds * 10_000) / 10,
          correlationId: req.correlationId,
          actor: req.actor ? { id: req.actor.id, role: req.actor.role } : undefined,
        },
        'request',
      );
    });
    next();
  };
}
