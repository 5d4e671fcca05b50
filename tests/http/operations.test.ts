import request from 'supertest';
import { projections } from '../../src/projections/registry';
import { actors, startHarness, type Harness } from '../support/http-harness';
import { registration } from '../support/registration';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('operations endpoints', () => {
  it('answers liveness and readiness with the state of stores and projections', async () => {
    expect((await request(h.http).get('/healthz').expect(200)).body).toEqual({ status: 'ok' });
    await h.settle();
    const ready = await request(h.http).get('/readyz').expect(200);
    expect(ready.body).toMatchObject({ status: 'ready', eventStore: { ok: true }, readStore: { ok: true } });
    expect(ready.body.projections.map((p: { name: string; state: string }) => [p.name, p.state])).toEqual(projections.map((p) => [p.name, 'live']));
  });

  it('reports 503 when the read store does not answer', async () => {
    const ping = h.app.reads.ping.bind(h.app.reads);
    h.app.reads.ping = async () => {
      throw new Error('read store unreachable');
    };
    try {
      const res = await request(h.http).get('/readyz').expect(503);
      expect(res.body).toMatchObject({ status: 'not-ready', readStore: { ok: false, detail: 'read store unreachable' } });
    } finally {
      h.app.reads.ping = ping;
    }
  });

  it('exposes Prometheus metrics: latency by route and status, events appended, projection lag', async () => {
    await h.as(actors.agent).post('/api/enterprises', registration(1)).expect(201);
    await h.settle();
    const text = (await request(h.http).get('/metrics').expect(200)).text;
    expect(text).toMatch(/http_request_duration_seconds_bucket\{[^}]*method="POST",route="\/api\/enterprises",status="201"/);
    expect(text).toMatch(/events_appended_total 3/);
    expect(text).toMatch(/projection_lag_events\{projection="enterprises",state="live"\} 0/);
  });

  it('serves the OpenAPI 3.1 document generated from the schemas, and Swagger UI', async () => {
    const document = (await request(h.http).get('/openapi.json').expect(200)).body;
    expect(document.openapi).toBe('3.1.0');
    for (const path of ['/api/enterprises', '/api/enterprises/{id}', '/api/enterprises/{id}/timeline', '/api/enterprises/{id}/events']) expect(document.paths).toHaveProperty([path, 'get']);
    for (const command of ['licence', 'starter-kit', 'concierge', 'blacklist', 'blacklist-lifting', 'deregistration']) {
      expect(document.paths).toHaveProperty([`/api/enterprises/{id}/${command}`, 'post']);
    }
    const register = document.paths['/api/enterprises'].post;
    expect(register.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['name', 'creditCode', 'legalRepresentative', 'industry', 'township', 'registeredCapitalFen', 'channel']),
    );
    expect(register.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
    expect(register.parameters.map((p: { name: string }) => p.name)).toEqual(['If-Match', 'Idempotency-Key']);
    expect(register.responses['422'].content['application/problem+json'].schema).toEqual({ $ref: '#/components/schemas/Problem' });
    expect(document.components.schemas).toHaveProperty('EnterpriseProfile');
    expect(JSON.stringify(document)).not.toContain('$defs');
    const docs = await request(h.http).get('/docs/').expect(200);
    expect(docs.text).toContain('swagger-ui');
  });

  it('carries a correlation id on every answer, keeping a sensible one the caller sent', async () => {
    const mine = await request(h.http).get('/healthz').set('X-Correlation-Id', 'trace-42').expect(200);
    expect(mine.headers['x-correlation-id']).toBe('trace-42');
    const problem = await h.as(actors.agent).get('/api/nowhere').expect(404);
    expect(problem.body).toMatchObject({ status: 404, correlationId: problem.headers['x-correlation-id'] });
  });

  it('answers a real fault with 500 and the correlation id, never the fault itself', async () => {
    const readStream = h.app.events.readStream.bind(h.app.events);
    h.app.events.readStream = async () => {
      throw new Error('disk on fire at /var/lib/secret');
    };
    try {
      const res = await h.as(actors.manager).get('/api/enterprises/x/events').expect(500);
      expect(res.body).toMatchObject({ status: 500, type: 'urn:concierge:problem:internal-error', correlationId: res.headers['x-correlation-id'] });
      expect(JSON.stringify(res.body)).not.toContain('disk on fire');
    } finally {
      h.app.events.readStream = readStream;
    }
  });
});
