import type request from 'supertest';
import { auditScenario, type AuditScenario } from '../support/audit-scenario';
import { actors, enterpriseUser, startHarness, type Harness } from '../support/http-harness';
import { registration } from '../support/registration';

let h: Harness;
let s: AuditScenario;

beforeAll(async () => {
  h = await startHarness();
  s = await auditScenario({ commands: h.app.commands, events: h.app.events, clock: h.clock, registration: h.app.registration });
  await s.flows.requestMaterials(s.subsidies.leftOpen, ['营业执照']);
  await h.settle();
});
afterAll(() => h.close());

const ids = (body: { items: { id: string }[] }): string[] => body.items.map((item) => item.id).sort();

describe('GET /api/subsidies', () => {
  it('lists every application for staff, newest first, filtered by programme, firm and status', async () => {
    const every = (await h.as(actors.finance).get('/api/subsidies?limit=500').expect(200)).body;
    expect(ids(every)).toEqual(Object.values(s.subsidies).sort());
    expect(every.items.map((a: { appliedAt: string }) => a.appliedAt)).toEqual([...every.items.map((a: { appliedAt: string }) => a.appliedAt)].sort().reverse());
    expect(every.items[0]).not.toHaveProperty('_position');
    const { subsidies: a } = s;
    expect(ids((await h.as(actors.manager).get(`/api/subsidies?programmeId=${s.otherProgrammeId}`).expect(200)).body)).toEqual([a.other, a.lateConfirmed, a.leftOpen].sort());
    expect(ids((await h.as(actors.admin).get(`/api/subsidies?enterpriseId=${s.firms.clean}&status=approved`).expect(200)).body)).toEqual([a.paid, a.lateConfirmed].sort());
    expect(ids((await h.as(actors.admin).get('/api/subsidies?status=applied').expect(200)).body)).toEqual([a.unapproved, a.leftOpen].sort());
  });

  it("carries the application's figures, its payments and who made them, and its firm's name and agent", async () => {
    const paid = (await h.as(actors.finance).get(`/api/subsidies?enterpriseId=${s.firms.clean}&programmeId=${s.programmeId}&status=approved`).expect(200)).body.items[0];
    expect(paid).toMatchObject({
      id: s.subsidies.paid,
      enterpriseName: registration(1).name,
      agentId: 'a-1',
      requestedFen: 30_000_000,
      approval: { approvedFen: 20_000_000, approverId: 'm-1' },
      disbursedFen: 20_000_000,
      clawedBackFen: 2_000_000,
      disburserIds: ['f-1'],
      payments: [{ paymentReference: 'BOC-2026-000001' }, { paymentReference: 'BOC-2026-000002' }],
    });
  });

  it('shows an agent the applications of the firms assigned to them, and an enterprise user its own', async () => {
    const { subsidies: a } = s;
    expect(ids((await h.as(actors.otherAgent).get('/api/subsidies').expect(200)).body)).toEqual([a.other, a.duplicate, a.toDeregistered, a.leftOpen].sort());
    await h.as(actors.otherAgent).get(`/api/subsidies?enterpriseId=${s.firms.clean}`).expect(403);
    expect(ids((await h.as(actors.otherAgent).get(`/api/subsidies?enterpriseId=${s.firms.deregistered}`).expect(200)).body)).toEqual([a.toDeregistered]);
    const own = enterpriseUser(s.firms.blacklisted);
    expect(ids((await h.as(own).get('/api/subsidies').expect(200)).body)).toEqual([a.toBlacklisted]);
    await h.as(own).get(`/api/subsidies?enterpriseId=${s.firms.clean}`).expect(404);
    expect(ids((await h.as({ id: 'a-9', role: 'agent' }).get('/api/subsidies').expect(200)).body)).toEqual([]);
  });

  it('pages with a cursor, validates its query, and answers as of a past instant', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await h.as(actors.manager).get(`/api/subsidies?limit=3${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      seen.push(...res.body.items.map((item: { id: string }) => item.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(Object.values(s.subsidies).sort());
    const res = await h.as(actors.manager).get('/api/subsidies?status=paid&limit=many&colour=red').expect(400);
    expect((res.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['colour', 'limit', 'status']);
    const then = (await h.as(actors.manager).get(`/api/subsidies?asOf=${s.firstPaymentAt}`).expect(200)).body;
    expect(ids(then)).toEqual([s.subsidies.paid]);
    expect(then.items[0]).toMatchObject({ disbursedFen: 8_000_000, payments: [{ paymentReference: 'BOC-2026-000001' }] });
  });
});

describe('GET /api/subsidies/:id', () => {
  it('reads an application with its revision as ETag, outstanding materials included', async () => {
    const res = await h.as(actors.otherAgent).get(`/api/subsidies/${s.subsidies.leftOpen}`).expect(200);
    expect(res.body).toMatchObject({ id: s.subsidies.leftOpen, status: 'applied', outstandingMaterials: ['营业执照'], materialsRequests: [{ missingItems: ['营业执照'], requestedBy: 'm-1' }], agentId: 'a-2' });
    expect(res.headers['etag']).toBe(`W/"${res.body.revision}"`);
  });

  it('hides another firm\'s application from an enterprise user, refuses a foreign agent, and says 404 for none', async () => {
    await h.as(enterpriseUser(s.firms.clean)).get(`/api/subsidies/${s.subsidies.paid}`).expect(200);
    await h.as(enterpriseUser(s.firms.other)).get(`/api/subsidies/${s.subsidies.paid}`).expect(404);
    await h.as(actors.otherAgent).get(`/api/subsidies/${s.subsidies.paid}`).expect(403);
    await h.as(actors.finance).get('/api/subsidies/no-such-application').expect(404);
    await h.as(actors.agent).get('/api/subsidies/no-such-application').expect(404);
  });

  it('answers as the application stood at asOf', async () => {
    const then = (await h.as(actors.manager).get(`/api/subsidies/${s.subsidies.paid}?asOf=${s.firstPaymentAt}`).expect(200)).body;
    expect(then).toMatchObject({ disbursedFen: 8_000_000, clawedBackFen: 0, status: 'approved', agentId: 'a-1' });
    await h.as(actors.manager).get(`/api/subsidies/${s.subsidies.leftOpen}?asOf=2026-03-01T00:00:00Z`).expect(404);
    await h.as(actors.manager).get(`/api/subsidies/${s.subsidies.paid}?asOf=soon`).expect(400);
  });
});

describe("a firm's timeline", () => {
  it('shows its applications, also as of a past instant', async () => {
    const timeline = async (query = '') =>
      (await h.as(enterpriseUser(s.firms.clean)).get(`/api/enterprises/${s.firms.clean}/timeline?limit=500${query}`).expect(200)).body.items.map((e: { type: string }) => e.type);
    expect(await timeline()).toEqual(expect.arrayContaining(['SubsidyApplied', 'SubsidyApproved', 'SubsidyDisbursed', 'SubsidyClawedBack']));
    expect((await timeline(`&asOf=${s.firstPaymentAt}`)).filter((type: string) => type.startsWith('Subsidy'))).toEqual(['SubsidyDisbursed', 'SubsidyApproved', 'SubsidyApplied']);
  });
});
