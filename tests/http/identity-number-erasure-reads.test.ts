import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyChains } from '../../src/app/verify';
import type { Actor } from '../../src/domain/decider';
import { actors, enterpriseUser, startHarness, type Harness } from '../support/http-harness';
import { grantsAndLoansWorld, type GrantsAndLoansWorld } from '../support/grants-and-loans-world';

let h: Harness;
let w: GrantsAndLoansWorld;

beforeAll(async () => {
  h = await startHarness();
  w = await grantsAndLoansWorld(h, 700);
});
afterAll(() => h.close());

/** Every document of every read model, as text. */
async function everyReadModel(): Promise<string> {
  const names = await h.app.reads.listCollections();
  const documents = await Promise.all(names.map((name) => h.app.reads.collection(name).find({})));
  return JSON.stringify(documents);
}

/** Every byte the embedded read store keeps on disk. */
function readStoreBytes(): string {
  const file = join(h.app.config.DATA_DIR, 'read-models.db');
  return Buffer.concat([file, `${file}-wal`].filter(existsSync).map((path) => readFileSync(path))).toString('latin1');
}

/** What each reader and export can be asked about the grant's firm, its grants and the district. */
function readsOf(actor: Actor): string[] {
  const firm = w.firms.own;
  const grants = ['/api/talent-grants', `/api/talent-grants/${w.grants.paying}`, `/api/talent-grants/${w.grants.paying}?asOf=2026-03-20T00:00:00Z`];
  const timeline = actor.role === 'finance' ? [] : [`/api/enterprises/${firm}/timeline`];
  const payments = ['finance', 'manager', 'admin'].includes(actor.role) ? ['/api/schedules/payments?from=2026-01-01&to=2030-12-31', '/api/loans'] : [];
  const audit = ['manager', 'admin'].includes(actor.role) ? ['/api/reports/reach', `/api/enterprises/${firm}/events`, '/api/audit/disbursements?format=csv', '/api/audit/anomalies'] : [];
  return [...grants, ...timeline, ...payments, ...audit];
}

const READERS: readonly Actor[] = [actors.agent, actors.manager, actors.finance, actors.admin];
const readers = (): Actor[] => [...READERS, enterpriseUser(w.firms.own)];

async function answers(actor: Actor): Promise<Map<string, string>> {
  const bodies = new Map<string, string>();
  for (const path of readsOf(actor)) {
    const res = await h.as(actor).get(path);
    expect(`${actor.role} ${path} ${res.status}`).toBe(`${actor.role} ${path} 200`);
    bodies.set(path, res.text);
  }
  return bodies;
}

describe("erasing a person's key", () => {
  it('leaves the identity number in no read model, no read and no export; the chains verify and the rest of the history is intact', async () => {
    const plaintext = w.identityNumbers.paying;
    expect(await everyReadModel()).not.toContain(plaintext);
    expect(readStoreBytes()).not.toContain(plaintext);
    const before = new Map<Actor, Map<string, string>>();
    for (const actor of readers()) {
      const bodies = await answers(actor);
      before.set(actor, bodies);
      const showing = [...bodies].filter(([, body]) => body.includes(plaintext)).map(([path]) => path);
      // Finance alone sees it, and only on the grant itself.
      expect(showing).toEqual(actor.role === 'finance' ? readsOf(actor).filter((path) => path.startsWith('/api/talent-grants')) : []);
    }
    const grantBefore = (await h.as(actors.finance).get(`/api/talent-grants/${w.grants.paying}`).expect(200)).body;

    await h.as(actors.admin).post(`/api/people/${w.payingPersonId}/erasure`).expect(200);
    await h.settle();

    expect(await everyReadModel()).not.toContain(plaintext);
    for (const actor of readers()) {
      const bodies = await answers(actor);
      for (const [path, body] of bodies) expect(`${path}: ${body.includes(plaintext)}`).toBe(`${path}: false`);
      const grant = (await h.as(actor).get(`/api/talent-grants/${w.grants.paying}`).expect(200)).body;
      expect(grant.person).toEqual({ personId: w.payingPersonId, name: '王博士', identityNumber: null, erased: true });
      expect({ ...grant, person: null, revision: null, updatedAt: null }).toEqual({ ...grantBefore, person: null, revision: null, updatedAt: null });
    }
    const other = (await h.as(actors.finance).get(`/api/talent-grants/${w.grants.idle}`).expect(200)).body;
    expect(other.person).toMatchObject({ identityNumber: w.identityNumbers.idle, erased: false });
    const unchanged = ['/api/loans', '/api/schedules/payments?from=2026-01-01&to=2030-12-31', '/api/reports/reach'];
    for (const path of unchanged) expect((await h.as(actors.manager).get(path).expect(200)).text).toBe(before.get(actors.manager)!.get(path));

    const report = await verifyChains(h.app.events);
    expect(report.broken).toEqual([]);
    expect((await h.as(actors.manager).get('/api/audit/integrity').expect(200)).body.intact).toBe(true);
  });
});
