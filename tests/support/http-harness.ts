import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { closeServerStores, openServerStores } from '../../src/app/adapters';
import { resolveSigningKey } from '../../src/app/auth-secret';
import { ManualClock } from '../../src/app/clock';
import { loadConfig } from '../../src/app/config';
import { buildContainer, resolveApplication, type Application } from '../../src/app/container';
import { signToken } from '../../src/app/tokens';
import type { Actor, Role } from '../../src/domain/decider';
import type { Position } from '../../src/eventstore/event-store';
import { createHttpApp } from '../../src/http/app';
import { projections } from '../../src/projections/registry';
import { unionFilter } from '../../src/projections/union-filter';
import { silentLogger } from './test-app';

export const AUTH_SECRET = 'test-secret-that-is-at-least-32-characters-long';

/** HS256 signed on the spot (jose signs asynchronously; tests want a token inline). */
export function signTokenNow(actor: Actor, secret = AUTH_SECRET, expiresInSeconds = 3600): string {
  const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: actor.id, role: actor.role, ...(actor.enterpriseId ? { enterpriseId: actor.enterpriseId } : {}), iat: now, exp: now + expiresInSeconds };
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

export interface Harness {
  app: Application;
  http: ReturnType<typeof createHttpApp>;
  clock: ManualClock;
  token(actor: Actor): Promise<string>;
  /** A supertest agent that sends the actor's bearer token. */
  as(actor: Actor): Caller;
  /** Waits until every projection has applied every event appended so far. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export interface Caller {
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  put(path: string, body: object): request.Test;
}

export const actors = {
  agent: { id: 'a-1', role: 'agent' },
  otherAgent: { id: 'a-2', role: 'agent' },
  manager: { id: 'm-1', role: 'manager' },
  finance: { id: 'f-1', role: 'finance' },
  admin: { id: 'admin-1', role: 'admin' },
} satisfies Record<string, Actor>;

export const enterpriseUser = (enterpriseId: string): Actor => ({ id: `u-${enterpriseId}`, role: 'enterprise', enterpriseId });
export const actorOf = (role: Role, id = `${role}-1`): Actor => ({ id, role });

/**
 * The position of the log's last event that some projection follows. A projection's position
 * moves only with the events it reads, so one left behind by events nobody follows (a
 * calendar year, an idempotency record) has nothing more to apply, not something to wait for.
 */
async function lastFollowedPosition({ events, projections: runner }: Application): Promise<Position | undefined> {
  const filter = unionFilter(projections.map((projection) => projection.filter));
  const applied = runner.status().map((status) => status.position ?? 0);
  let after: Position | undefined = Math.min(...applied);
  let last: Position | undefined;
  for (;;) {
    const page = await events.readAll({ after, maxCount: 5000, filter });
    last = page.events.at(-1)?.position ?? last;
    after = page.scannedTo ?? after;
    if (page.isEnd) return last;
  }
}

/** The real app on the embedded adapters in a temporary data directory, with a clock that stands still; `env` is its configuration beyond that directory (by default the test secret). */
export async function startHarness(env: NodeJS.ProcessEnv = { AUTH_SECRET }, clock: ManualClock = new ManualClock('2026-03-02T02:00:00.000Z')): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'concierge-http-'));
  const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', ...env });
  const stores = await openServerStores(config, clock, () => undefined);
  const signingKey = resolveSigningKey(config);
  const app = resolveApplication(buildContainer(config, stores, silentLogger, clock, signingKey));
  await app.projections.start();
  const http = createHttpApp(app);
  const secret = new TextEncoder().encode(AUTH_SECRET);
  const token = (actor: Actor): Promise<string> => signToken(secret, actor);
  return {
    app,
    http,
    clock,
    token,
    as(actor) {
      const authorization = `Bearer ${signTokenNow(actor)}`;
      return {
        get: (path) => request(http).get(path).set('Authorization', authorization),
        post: (path, body) => {
          const test = request(http).post(path).set('Authorization', authorization);
          return body === undefined ? test : test.send(body);
        },
        put: (path, body) => request(http).put(path).set('Authorization', authorization).send(body),
      };
    },
    async settle() {
      await app.projections.caughtUpWith(await lastFollowedPosition(app));
    },
    async close() {
      await app.reminders.stop();
      await app.projections.stop();
      await closeServerStores(stores);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
