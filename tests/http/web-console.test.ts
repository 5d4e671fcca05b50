import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createHttpApp } from '../../src/http/app';
import { actors, startHarness, type Harness } from '../support/http-harness';

const INDEX = '<!doctype html><title>Concierge</title><div id="root"></div>';

let h: Harness;
let built: string;
let notBuilt: string;

beforeAll(async () => {
  h = await startHarness();
  built = mkdtempSync(join(tmpdir(), 'concierge-console-'));
  mkdirSync(join(built, 'assets'));
  writeFileSync(join(built, 'index.html'), INDEX);
  writeFileSync(join(built, 'assets', 'index-abc123.js'), 'console.log(1)');
  notBuilt = join(built, 'missing');
});
afterAll(async () => {
  rmSync(built, { recursive: true, force: true });
  await h.close();
});

describe('the built web console', () => {
  const http = () => createHttpApp(h.app, built);

  it.each(['/', '/agent/queue', '/firms/some-id/timeline'])('answers index.html at %s, for the console to route', async (path) => {
    const res = await request(http()).get(path).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.text).toBe(INDEX);
  });

  it('serves hashed assets to be cached for good', async () => {
    const res = await request(http()).get('/assets/index-abc123.js').expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it.each(['/api/nowhere', '/assets/gone.js', '/admin/nowhere', '/healthz/deep'])('leaves %s to the server: a 404 problem, not the console', async (path) => {
    const res = await request(http()).get(path).set('Authorization', `Bearer ${await h.token(actors.agent)}`);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('still answers the API and operations', async () => {
    await request(http()).get('/healthz').expect(200);
    await request(http()).get('/openapi.json').expect(200);
    await request(http()).get('/api/catalogue/services').expect(401);
  });
});

describe('a console that was never built', () => {
  it('answers 503 saying to run the build, and the API works on', async () => {
    const http = createHttpApp(h.app, notBuilt);
    const res = await request(http).get('/').expect(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.detail).toMatch(/npm run build/);
    await request(http).get('/healthz').expect(200);
  });
});
