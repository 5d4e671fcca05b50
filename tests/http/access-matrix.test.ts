import request from 'supertest';
import type { Actor, Role } from '../../src/domain/decider';
import { apiEndpoints } from '../../src/http/app';
import type { Endpoint } from '../../src/http/endpoint';
import { actors, enterpriseUser, signTokenNow, startHarness, type Harness } from '../support/http-harness';
import { registration } from '../support/registration';

/*
 * The access matrix: every role × every endpoint of apiEndpoints() × a record of the caller's
 * own and a foreign one, each case on fresh firms, asserting the exact status.
 *
 * "Own" is a firm assigned to the calling agent, or the enterprise user's own firm; "foreign" is
 * a firm assigned to another agent, or another firm. Staff roles (manager, finance, admin) see
 * every firm alike, so own and foreign are the same case for them.
 *
 * Rules: a role the endpoint does not allow gets 403 (the enterprise role is allowed no firm
 * command); an enterprise user asking about another firm gets 404 (existence must not leak);
 * an agent on a firm assigned to another agent gets 403; success is 201 for a registration and
 * 200 otherwise. A firm that does not exist is 404 to every role allowed on the endpoint.
 */

const ROLES: readonly Role[] = ['agent', 'enterprise', 'manager', 'finance', 'admin'];
type Ownership = 'own' | 'foreign';
type Expected = Record<Ownership, number>;

/** What one case has to work with: two fresh firms, each with its own agent. */
interface Fixture {
  /** The record the request is about (for a registration: none, the id is only used to name callers). */
  firmId: string;
  /** A second fresh firm, assigned to `otherAgentId`: the foreign callers' own (registered on first use). */
  otherFirmId: () => Promise<string>;
  agentId: string;
  otherAgentId: string;
  serial: () => number;
}

interface CaseContext extends Fixture {
  role: Role;
  ownership: Ownership;
  caller: Actor;
  res: request.Response;
}

interface Row {
  /** `METHOD /path` as served: a row whose endpoint moved or changed method fails. */
  route: string;
  expect: Record<Role, Expected>;
  /** A valid body for the endpoint. */
  body?: (fixture: Fixture) => object;
  /** Brings the fresh firm into the state the endpoint needs, acting as a role that may. */
  prepare?: (fixture: Fixture) => Promise<void>;
  /** More assertions on a successful answer. */
  verify?: (context: CaseContext) => Promise<void>;
}

const ok: Expected = { own: 200, foreign: 200 };
const created: Expected = { own: 201, foreign: 201 };
const forbidden: Expected = { own: 403, foreign: 403 };
/** An agent: its own firm yes, a firm assigned to another agent 403. */
const assignedOnly: Expected = { own: 200, foreign: 403 };
/** An enterprise user: its own firm yes, any other firm 404. */
const ownFirmOnly: Expected = { own: 200, foreign: 404 };

/** The manager's decisions: blacklist, its lifting, reassignment. */
const managerOnly: Record<Role, Expected> = { agent: forbidden, enterprise: forbidden, manager: ok, finance: forbidden, admin: forbidden };
/** The concierge's paperwork, on the firms assigned to them. */
const agentOnOwn: Record<Role, Expected> = { agent: assignedOnly, enterprise: forbidden, manager: forbidden, finance: forbidden, admin: forbidden };

let h: Harness;

const asAdmin = async (method: 'get' | 'post', path: string, body?: object, status = 200): Promise<request.Response> => call(actors.admin, method, path, body).expect(status);

/** THE table, keyed by operationId. */
const TABLE: Record<string, Row> = {
  registerEnterprise: {
    route: 'POST /api/enterprises',
    body: ({ serial }) => registration(serial()),
    expect: { agent: created, enterprise: forbidden, manager: forbidden, finance: forbidden, admin: forbidden },
    verify: async ({ res, caller }) => {
      expect(res.headers['location']).toBe(`/api/enterprises/${res.body.id}`);
      await h.settle();
      const profile = await asAdmin('get', `/api/enterprises/${res.body.id}`);
      // First contact: the agent who registers a firm looks after it.
      expect(profile.body.agentId).toBe(caller.id);
    },
  },
  issueLicence: {
    route: 'POST /api/enterprises/:id/licence',
    expect: agentOnOwn,
  },
  issueStarterKit: {
    route: 'POST /api/enterprises/:id/starter-kit',
    prepare: async ({ firmId, agentId }) => {
      await call({ id: agentId, role: 'agent' }, 'post', `/api/enterprises/${firmId}/licence`).expect(200);
    },
    body: () => ({ costFen: 40_000 }),
    expect: agentOnOwn,
  },
  assignConcierge: {
    route: 'POST /api/enterprises/:id/concierge',
    body: ({ agentId }) => ({ agentId: `${agentId}-successor` }),
    expect: managerOnly,
  },
  blacklistEnterprise: {
    route: 'POST /api/enterprises/:id/blacklist',
    body: () => ({ reason: '提供虚假材料', evidence: '核查记录 2026-031' }),
    expect: managerOnly,
  },
  liftBlacklist: {
    route: 'POST /api/enterprises/:id/blacklist-lifting',
    prepare: async ({ firmId }) => {
      await call(actors.manager, 'post', `/api/enterprises/${firmId}/blacklist`, { reason: '提供虚假材料', evidence: '核查记录' }).expect(200);
    },
    body: () => ({ reason: '信用修复完成' }),
    expect: managerOnly,
  },
  deregisterEnterprise: {
    route: 'POST /api/enterprises/:id/deregistration',
    body: () => ({ reason: '歇业' }),
    expect: agentOnOwn,
  },
  listEnterprises: {
    route: 'GET /api/enterprises',
    expect: { agent: ok, enterprise: ok, manager: ok, finance: forbidden, admin: ok },
    verify: async ({ role, caller, firmId, otherFirmId, ownership }) => {
      const otherId = await otherFirmId();
      await h.settle();
      // Record-level filtering: the whole list, every page, as this caller sees it.
      const items = await everyPage(caller, '/api/enterprises');
      const ids = items.map((item) => item['id']);
      if (role === 'agent') {
        // The caller's agent has exactly one firm assigned in the whole store.
        expect(ids).toEqual([ownership === 'own' ? firmId : otherId]);
        expect(items.every((item) => item['agentId'] === caller.id)).toBe(true);
      } else if (role === 'enterprise') {
        expect(ids).toEqual([caller.enterpriseId]);
      } else {
        expect(ids).toEqual(expect.arrayContaining([firmId, otherId]));
      }
    },
  },
  getEnterprise: {
    route: 'GET /api/enterprises/:id',
    expect: { agent: assignedOnly, enterprise: ownFirmOnly, manager: ok, finance: forbidden, admin: ok },
    verify: async ({ res, firmId }) => {
      expect(res.body).toMatchObject({ id: firmId, revision: 1 });
      expect(res.headers['etag']).toBe('W/"1"');
    },
  },
  getEnterpriseTimeline: {
    route: 'GET /api/enterprises/:id/timeline',
    expect: { agent: assignedOnly, enterprise: ownFirmOnly, manager: ok, finance: forbidden, admin: ok },
    verify: async ({ res }) => {
      expect(res.body.items.map((entry: { type: string }) => entry.type)).toEqual(['ConciergeAssigned', 'EnterpriseRegistered']);
    },
  },
  getEnterpriseEvents: {
    route: 'GET /api/enterprises/:id/events',
    expect: { agent: forbidden, enterprise: forbidden, manager: ok, finance: forbidden, admin: ok },
    verify: async ({ res, firmId }) => {
      expect(res.body.items.map((event: { type: string; stream: string }) => `${event.stream} ${event.type}`)).toEqual([
        `enterprise-${firmId} EnterpriseRegistered`,
        `enterprise-${firmId} ConciergeAssigned`,
      ]);
    },
  },
};

function call(actor: Actor, method: Endpoint['method'], path: string, body?: object): request.Test {
  const test = request(h.http)[method](path).set('Authorization', `Bearer ${signTokenNow(actor)}`);
  return body === undefined ? test : test.send(body);
}

async function everyPage(actor: Actor, path: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  do {
    const res: request.Response = await call(actor, 'get', `${path}?limit=500${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
    items.push(...(res.body.items as Record<string, unknown>[]));
    cursor = res.body.nextCursor as string | null;
  } while (cursor);
  return items;
}

const staff: Record<'manager' | 'finance' | 'admin', Actor> = { manager: actors.manager, finance: actors.finance, admin: actors.admin };

async function callerFor(role: Role, ownership: Ownership, fixture: Fixture): Promise<Actor> {
  switch (role) {
    case 'agent':
      return { id: ownership === 'own' ? fixture.agentId : fixture.otherAgentId, role };
    case 'enterprise':
      return enterpriseUser(ownership === 'own' ? fixture.firmId : await fixture.otherFirmId());
    default:
      return staff[role];
  }
}

const routeOf = (endpoint: Endpoint): string => `${endpoint.method.toUpperCase()} ${endpoint.path}`;
const pathFor = (endpoint: Endpoint, firmId: string): string => endpoint.path.replace(':id', encodeURIComponent(firmId));

function endpointFor(operationId: string): Endpoint {
  const endpoint = apiEndpoints(h.app).find((e) => e.operationId === operationId);
  if (!endpoint) throw new Error(`The table has a row for ${operationId}, but apiEndpoints() serves no such endpoint`);
  return endpoint;
}

let serial = 10_000;
let fixtures = 0;

/** A fresh firm (and, when asked for, a second one), each registered by (so assigned to) an agent no other case uses. */
async function freshFixture(): Promise<Fixture> {
  fixtures += 1;
  const agentId = `agent-${fixtures}`;
  const otherAgentId = `agent-${fixtures}-other`;
  const register = async (by: string): Promise<string> =>
    (await call({ id: by, role: 'agent' }, 'post', '/api/enterprises', registration((serial += 1))).expect(201)).body.id as string;
  let other: Promise<string> | undefined;
  return { firmId: await register(agentId), otherFirmId: () => (other ??= register(otherAgentId)), agentId, otherAgentId, serial: () => (serial += 1) };
}

function expectProblem(res: request.Response, status: number): void {
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, type: expect.stringMatching(/^urn:concierge:problem:/), title: expect.any(String) });
}

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('the access table', () => {
  it('has exactly one row for every endpoint apiEndpoints() serves, and none for an endpoint it does not', () => {
    const served = apiEndpoints(h.app).map((endpoint) => endpoint.operationId);
    expect(new Set(served).size).toBe(served.length);
    const missingRows = served.filter((id) => !(id in TABLE));
    const staleRows = Object.keys(TABLE).filter((id) => !served.includes(id));
    expect({ missingRows, staleRows }).toEqual({ missingRows: [], staleRows: [] });
  });

  it.each(Object.keys(TABLE))('row %s names the route and the roles the endpoint declares', (operationId) => {
    const endpoint = endpointFor(operationId);
    const row = TABLE[operationId]!;
    expect(routeOf(endpoint)).toBe(row.route);
    // A role the endpoint lets in succeeds on its own record; one it refuses is 403 everywhere.
    const allowed = ROLES.filter((role) => row.expect[role].own !== 403);
    expect([...endpoint.roles].sort()).toEqual([...allowed].sort());
    for (const role of ROLES.filter((r) => !allowed.includes(r))) expect(row.expect[role]).toEqual(forbidden);
    // The enterprise role is allowed no firm command.
    if (endpoint.kind === 'command') expect(row.expect.enterprise).toEqual(forbidden);
  });
});

describe.each(Object.keys(TABLE))('%s', (operationId) => {
  const row = TABLE[operationId]!;

  const label = { own: 'its own firm', foreign: 'a foreign firm' } as const;
  const cases = ROLES.flatMap((role) => (['own', 'foreign'] as const).map((ownership) => [role, label[ownership], row.expect[role][ownership], ownership] as const));

  it.each(cases)(
    'as %s on %s → %i',
    async (role, _label, status, ownership) => {
      const endpoint = endpointFor(operationId);
      const fixture = await freshFixture();
      await row.prepare?.(fixture);
      const caller = await callerFor(role, ownership, fixture);
      await h.settle();
      const before = await h.app.events.headPosition();

      const res = await call(caller, endpoint.method, pathFor(endpoint, fixture.firmId), row.body?.(fixture));

      expect({ status: res.status, body: res.body }).toEqual({ status, body: expect.anything() });
      const after = await h.app.events.headPosition();
      if (status >= 400) {
        expectProblem(res, status);
        expect(after).toBe(before);
        return;
      }
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      if (endpoint.kind === 'command') {
        expect(res.body).toEqual({ id: endpoint.path.includes(':id') ? fixture.firmId : expect.any(String), revision: expect.any(Number) });
        expect(res.headers['etag']).toBe(`W/"${res.body.revision}"`);
        expect(after).toBeGreaterThan(before ?? -1);
      } else {
        expect(after).toBe(before);
      }
      await row.verify?.({ ...fixture, role, ownership, caller, res });
    },
  );

  if (row.route.includes(':id')) {
    it.each(ROLES.map((role) => [role, row.expect[role].own === 403 ? 403 : 404] as const))('as %s on a firm that does not exist → %i', async (role, status) => {
      const endpoint = endpointFor(operationId);
      const fixture = await freshFixture();
      await h.settle();
      const caller = await callerFor(role, 'own', fixture);
      // An enterprise user's own firm exists by definition: it asks about an id that does not.
      const before = await h.app.events.headPosition();
      const res = await call(caller, endpoint.method, pathFor(endpoint, 'no-such-firm'), row.body?.(fixture));
      expect(res.status).toBe(status);
      expectProblem(res, status);
      expect(await h.app.events.headPosition()).toBe(before);
    });
  }
});
