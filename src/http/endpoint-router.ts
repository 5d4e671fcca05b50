import { Router, type Request, type Response } from 'express';
import type { Endpoint, EndpointContext, Reply } from './endpoint';
import { requestFingerprint, type IdempotentReplies } from './idempotency';
import { badRequest, forbidden } from './problem';
import { parseOrRefuse } from './validation';

const IF_MATCH = /^(?:W\/)?"(\d+)"$/;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** Mounts endpoints: role check, then validation of path, query and body, then the handler. */
export function endpointRouter(endpoints: readonly Endpoint[], idempotency: IdempotentReplies): Router {
  const router = Router();
  for (const endpoint of endpoints) {
    router[endpoint.method](endpoint.path, async (req: Request, res: Response) => {
      const actor = req.actor!;
      if (!endpoint.roles.includes(actor.role)) throw forbidden(`The ${actor.role} role may not: ${endpoint.summary}`);
      const context: EndpointContext<unknown, unknown, unknown> = {
        params: parseOrRefuse(endpoint.params, req.params, 'path'),
        query: parseOrRefuse(endpoint.query, req.query, 'query'),
        body: parseOrRefuse(endpoint.body, req.body ?? {}, 'body'),
        actor,
        correlationId: req.correlationId,
        ...(endpoint.kind === 'command' ? commandHeaders(req) : {}),
      };
      const key = context.idempotencyKey;
      const reply = key
        ? await idempotency.run(actor, key, requestFingerprint(req.method, req.path, req.body), () => endpoint.handle(context))
        : await endpoint.handle(context);
      await send(res, reply);
    });
  }
  return router;
}

function commandHeaders(req: Request): Pick<EndpointContext<unknown, unknown, unknown>, 'expectedRevision' | 'idempotencyKey'> {
  const ifMatch = req.headers['if-match'];
  const key = req.headers['idempotency-key'];
  const headers: Pick<EndpointContext<unknown, unknown, unknown>, 'expectedRevision' | 'idempotencyKey'> = {};
  if (ifMatch !== undefined && ifMatch !== '*') {
    const revision = IF_MATCH.exec(ifMatch)?.[1];
    if (revision === undefined) throw badRequest('Invalid If-Match header', [{ in: 'header', field: 'If-Match', message: 'must be W/"<revision>"' }]);
    headers.expectedRevision = Number(revision);
  }
  if (key !== undefined) {
    if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
      throw badRequest('Invalid Idempotency-Key header', [{ in: 'header', field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }]);
    }
    headers.idempotencyKey = key;
  }
  return headers;
}

async function send(res: Response, reply: Reply): Promise<void> {
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  if (!reply.stream) {
    res.status(reply.status).json(reply.body);
    return;
  }
  res.status(reply.status);
  // Each piece waits until it is handed to the socket: a slow reader slows the reading, and a gone one stops it.
  await reply.stream((chunk) => new Promise((resolve, reject) => res.write(chunk, (error) => (error ? reject(error) : resolve()))));
  res.end();
}
