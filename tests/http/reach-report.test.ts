import { actors, enterpriseUser, startHarness, type Harness } from '../support/http-harness';
import { grantsAndLoansWorld, REACH_FIXTURE, type GrantsAndLoansWorld } from '../support/grants-and-loans-world';

let h: Harness;
let w: GrantsAndLoansWorld;

beforeAll(async () => {
  h = await startHarness();
  w = await grantsAndLoansWorld(h, 400);
});
afterAll(() => h.close());

describe('GET /api/reports/reach', () => {
  it("adds up to the hand-computed totals of the district's firms, kits, credit lines, loans and grants", async () => {
    const res = await h.as(actors.manager).get('/api/reports/reach').expect(200);
    expect(res.body).toEqual({ asOf: null, ...REACH_FIXTURE });
  });

  it('answers as of a past instant: before the loans, none disbursed', async () => {
    const res = await h.as(actors.admin).get(`/api/reports/reach?asOf=${w.beforeLoans}`).expect(200);
    expect(res.body).toEqual({
      ...REACH_FIXTURE,
      asOf: w.beforeLoans,
      loans: { disbursed: 0, disbursedFen: 0, repaidFen: 0, outstandingFen: 0, settled: 0 },
    });
    const beforeAll = (await h.as(actors.admin).get('/api/reports/reach?asOf=2026-01-01T00:00:00Z').expect(200)).body;
    expect(beforeAll.firms).toEqual({ registered: 0, starterKitsIssued: 0, starterKitCostFen: 0 });
  });

  it('is for managers and admins only, and refuses a bad asOf or an unknown parameter', async () => {
    for (const caller of [actors.agent, actors.finance, enterpriseUser(w.firms.own)]) await h.as(caller).get('/api/reports/reach').expect(403);
    const res = await h.as(actors.manager).get('/api/reports/reach?asOf=yesterday&township=x').expect(400);
    expect((res.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['asOf', 'township']);
  });
});
