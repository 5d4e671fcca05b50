import type request from 'supertest';
import { maskIdentityNumber } from '../../src/domain/identity-number';
import { actors, enterpriseUser, startHarness, type Harness } from '../support/http-harness';
import { grantsAndLoansWorld, type GrantsAndLoansWorld } from '../support/grants-and-loans-world';

let h: Harness;
let w: GrantsAndLoansWorld;

beforeAll(async () => {
  h = await startHarness();
  w = await grantsAndLoansWorld(h, 500);
});
afterAll(() => h.close());

const ids = (body: { items: { id: string }[] }): string[] => body.items.map((item) => item.id).sort();

describe('GET /api/talent-grants', () => {
  it('lists every grant for staff, filtered by firm and status, with terms and what was paid', async () => {
    const every = (await h.as(actors.manager).get('/api/talent-grants').expect(200)).body;
    expect(ids(every)).toEqual([w.grants.paying, w.grants.idle].sort());
    expect(ids((await h.as(actors.admin).get(`/api/talent-grants?enterpriseId=${w.firms.own}&status=active`).expect(200)).body)).toEqual([w.grants.paying]);
    expect((await h.as(actors.admin).get('/api/talent-grants?status=ended').expect(200)).body.items).toEqual([]);
    const paying = every.items.find((grant: { id: string }) => grant.id === w.grants.paying);
    expect(paying).toMatchObject({
      enterpriseId: w.firms.own,
      tier: 'full-time-phd',
      housingSubsidyFen: 20_000_000,
      monthlyAllowanceFen: 200_000,
      months: 36,
      startsOn: '2026-03-02',
      status: 'active',
      monthsPaid: 1,
      allowancePaidFen: 200_000,
      housingPaidBy: 'f-1',
      suspensions: [],
      person: { personId: w.payingPersonId, name: '王博士', erased: false },
    });
    expect(paying).not.toHaveProperty('_position');
  });

  it('shows the identity number in full to finance only, masked to everyone else', async () => {
    const numberSeenBy = async (caller: Parameters<Harness['as']>[0]): Promise<string> =>
      (await h.as(caller).get(`/api/talent-grants/${w.grants.paying}`).expect(200)).body.person.identityNumber as string;
    expect(await numberSeenBy(actors.finance)).toBe(w.identityNumbers.paying);
    const masked = maskIdentityNumber(w.identityNumbers.paying);
    for (const caller of [actors.manager, actors.admin, actors.agent, enterpriseUser(w.firms.own)]) expect(await numberSeenBy(caller)).toBe(masked);
    const listed = (await h.as(actors.finance).get('/api/talent-grants').expect(200)).body.items.map((grant: { person: { identityNumber: string } }) => grant.person.identityNumber);
    expect(listed.sort()).toEqual([w.identityNumbers.paying, w.identityNumbers.idle].sort());
    const listedToManager = JSON.stringify((await h.as(actors.manager).get('/api/talent-grants').expect(200)).body);
    expect(listedToManager).not.toContain(w.identityNumbers.paying);
    expect(listedToManager).not.toContain(w.identityNumbers.idle);
  });

  it("shows an agent the grants of its firms, an enterprise user its own firm's", async () => {
    expect(ids((await h.as(actors.agent).get('/api/talent-grants').expect(200)).body)).toEqual([w.grants.paying]);
    expect(ids((await h.as(actors.otherAgent).get('/api/talent-grants').expect(200)).body)).toEqual([w.grants.idle]);
    await h.as(actors.agent).get(`/api/talent-grants?enterpriseId=${w.firms.foreign}`).expect(403);
    expect(ids((await h.as(enterpriseUser(w.firms.foreign)).get('/api/talent-grants').expect(200)).body)).toEqual([w.grants.idle]);
    await h.as(enterpriseUser(w.firms.foreign)).get(`/api/talent-grants?enterpriseId=${w.firms.own}`).expect(404);
  });

  it('pages with a cursor, validates its query, and answers as of a past instant', async () => {
    const first: request.Response = await h.as(actors.manager).get('/api/talent-grants?limit=1').expect(200);
    const second: request.Response = await h.as(actors.manager).get(`/api/talent-grants?limit=1&cursor=${first.body.nextCursor}`).expect(200);
    expect([...ids(first.body), ...ids(second.body)].sort()).toEqual([w.grants.paying, w.grants.idle].sort());
    expect(second.body.nextCursor).toBeNull();
    const res = await h.as(actors.manager).get('/api/talent-grants?status=paid&limit=0&cursor=forged&colour=red').expect(400);
    expect((res.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['colour', 'limit', 'status']);
    await h.as(actors.manager).get('/api/talent-grants?cursor=forged').expect(400);
    expect((await h.as(actors.manager).get('/api/talent-grants?asOf=2026-03-01T00:00:00Z').expect(200)).body.items).toEqual([]);
  });
});

describe('GET /api/talent-grants/:id', () => {
  it('reads a grant with its revision as ETag, and as it stood at a past instant', async () => {
    const res = await h.as(actors.manager).get(`/api/talent-grants/${w.grants.paying}`).expect(200);
    expect(res.headers['etag']).toBe(`W/"${res.body.revision}"`);
    const awarded = (await h.as(actors.finance).get(`/api/talent-grants/${w.grants.paying}?asOf=2026-03-02T02:00:00Z`).expect(200)).body;
    expect(awarded).toMatchObject({ monthsPaid: 1, person: { identityNumber: w.identityNumbers.paying } });
    await h.as(actors.manager).get(`/api/talent-grants/${w.grants.paying}?asOf=2026-03-01T00:00:00Z`).expect(404);
  });

  it("hides another firm's grant from an enterprise user, refuses a foreign agent, and says 404 for none", async () => {
    await h.as(enterpriseUser(w.firms.own)).get(`/api/talent-grants/${w.grants.paying}`).expect(200);
    await h.as(enterpriseUser(w.firms.foreign)).get(`/api/talent-grants/${w.grants.paying}`).expect(404);
    await h.as(actors.otherAgent).get(`/api/talent-grants/${w.grants.paying}`).expect(403);
    await h.as(actors.manager).get('/api/talent-grants/no-such-grant').expect(404);
    await h.as(actors.manager).get(`/api/talent-grants/${w.grants.paying}?asOf=soon`).expect(400);
  });
});

describe('GET /api/loans', () => {
  it('lists credit lines and loans for staff, filtered by kind, status and firm', async () => {
    const every = (await h.as(actors.finance).get('/api/loans').expect(200)).body;
    expect(ids(every)).toEqual([w.creditLines.own, w.creditLines.foreign, w.loans.repaying, w.loans.applied].sort());
    expect(ids((await h.as(actors.manager).get('/api/loans?kind=credit-line').expect(200)).body)).toEqual([w.creditLines.own, w.creditLines.foreign].sort());
    expect(ids((await h.as(actors.manager).get('/api/loans?kind=loan&status=applied').expect(200)).body)).toEqual([w.loans.applied]);
    expect(ids((await h.as(actors.manager).get(`/api/loans?enterpriseId=${w.firms.own}`).expect(200)).body)).toEqual([w.creditLines.own, w.loans.repaying].sort());
    expect(every.items.find((loan: { id: string }) => loan.id === w.creditLines.own)).toMatchObject({ kind: 'credit-line', bank: '中国银行常德分行', amountFen: 50_000_000, termMonths: 12, status: 'granted' });
  });

  it("shows an agent the loans of its firms, an enterprise user its own firm's", async () => {
    expect(ids((await h.as(actors.agent).get('/api/loans').expect(200)).body)).toEqual([w.creditLines.own, w.loans.repaying].sort());
    await h.as(actors.otherAgent).get(`/api/loans?enterpriseId=${w.firms.own}`).expect(403);
    expect(ids((await h.as(enterpriseUser(w.firms.foreign)).get('/api/loans').expect(200)).body)).toEqual([w.creditLines.foreign, w.loans.applied].sort());
    await h.as(enterpriseUser(w.firms.foreign)).get(`/api/loans?enterpriseId=${w.firms.own}`).expect(404);
  });

  it('pages with a cursor, validates its query, and answers as of a past instant', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await h.as(actors.admin).get(`/api/loans?limit=3${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      seen.push(...ids(res.body));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([w.creditLines.own, w.creditLines.foreign, w.loans.repaying, w.loans.applied].sort());
    const res = await h.as(actors.admin).get('/api/loans?kind=mortgage&status=late&limit=501').expect(400);
    expect((res.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['kind', 'limit', 'status']);
    expect(ids((await h.as(actors.admin).get(`/api/loans?asOf=${w.beforeLoans}`).expect(200)).body)).toEqual([w.creditLines.own, w.creditLines.foreign].sort());
  });
});

describe('GET /api/loans/:id', () => {
  it('reads a loan with its instalments, what each repaid and owes, and the totals', async () => {
    const res = await h.as(actors.agent).get(`/api/loans/${w.loans.repaying}`).expect(200);
    expect(res.headers['etag']).toBe(`W/"${res.body.revision}"`);
    expect(res.body).toMatchObject({
      kind: 'loan',
      status: 'disbursed',
      amountFen: 1_000_000,
      approval: { approvedBy: 'm-1' },
      disbursement: { amountFen: 1_000_000, disbursedBy: 'f-1' },
      repaidFen: 100_000,
      owedFen: 900_000,
      instalments: [
        { instalment: 1, dueOn: '2026-04-10', principalFen: 333_333, repaidFen: 100_000, owedFen: 233_333, overdue: false },
        { instalment: 2, dueOn: '2026-05-10', principalFen: 333_333, repaidFen: 0, owedFen: 333_333, overdue: false },
        { instalment: 3, dueOn: '2026-06-10', principalFen: 333_334, repaidFen: 0, owedFen: 333_334, overdue: false },
      ],
    });
    // The test clock stood still while the loan was disbursed and partly repaid: both are there at that instant.
    expect((await h.as(actors.manager).get(`/api/loans/${w.loans.repaying}?asOf=2026-03-10T02:00:00Z`).expect(200)).body.repaidFen).toBe(100_000);
    await h.as(actors.manager).get(`/api/loans/${w.loans.repaying}?asOf=${w.beforeLoans}`).expect(404);
  });

  it("hides another firm's loan from an enterprise user, refuses a foreign agent, and says 404 for none", async () => {
    await h.as(enterpriseUser(w.firms.own)).get(`/api/loans/${w.creditLines.own}`).expect(200);
    await h.as(enterpriseUser(w.firms.own)).get(`/api/loans/${w.loans.applied}`).expect(404);
    await h.as(actors.agent).get(`/api/loans/${w.loans.applied}`).expect(403);
    await h.as(actors.finance).get('/api/loans/none').expect(404);
  });
});

describe("the firm's timeline", () => {
  it('shows its grants, credit lines and loans, as of a past instant too', async () => {
    const types = async (query = ''): Promise<string[]> =>
      (await h.as(actors.agent).get(`/api/enterprises/${w.firms.own}/timeline${query}`).expect(200)).body.items.map((entry: { type: string }) => entry.type);
    expect(await types()).toEqual(expect.arrayContaining(['TalentGrantAwarded', 'MonthlyAllowancePaid', 'CreditLineGranted', 'LoanDisbursed', 'InstalmentRepaid']));
    const then = await types(`?asOf=${w.beforeLoans}`);
    expect(then).toEqual(expect.arrayContaining(['TalentGrantAwarded', 'HousingSubsidyPaid', 'CreditLineGranted']));
    expect(then).not.toContain('LoanApplied');
  });
});
