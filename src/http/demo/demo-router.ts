import express, { Router } from 'express';
import type { PublicEndpoint } from '../endpoint';
import { notFound } from '../problem';
import { parseOrRefuse } from '../validation';

/** Serves public endpoints with no token; when `enabled` is false their paths answer 404 as if they did not exist. */
export function publicEndpointRouter(endpoints: readonly PublicEndpoint[], enabled: boolean): Router {
  const router = Router();
  for (const endpoint of endpoints) {
    router[endpoint.method](endpoint.path, express.json({ limit: '16kb' }), async (req, res) => {
      if (!enabled) throw notFound(`No endpoint ${req.method} ${req.path}`);
      const reply = await endpoint.handle({
        params: parseOrRefuse(endpoint.params, req.params, 'path'),
        query: parseOrRefuse(endpoint.query, req.query, 'query'),
        body: parseOrRefuse(endpoint.body, req.body ?? {}, 'body'),
      });
      res.status(reply.status).json(reply.body);
    });
  }
  return router;
}
