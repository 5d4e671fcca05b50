import type { Actor } from '../../src/domain/decider';
import { loanStream } from '../../src/domain/loan/loan';
import { actors, startHarness, type Harness } from '../support/http-harness';
import { loanScenarios } from '../support/loan-scenarios';
import { refusedWritingNothing } from '../support/refused';

let h: Harness;
let given: ReturnType<typeof loanScenarios>;
beforeAll(async () => {
  h = await startHarness();
  given = loanScenarios(h, 70_000);
});
afterAll(() => h.close());

type Answer = { status: number; body: Record<string, unknown> };
const post = (actor: Actor, path: string, body: object = {}) => h.as(actor).post(path, body);
const refused = (send: () => PromiseLike<Answer>, status: number) => refusedWritingNothing(h, send, status);
const fields = (problem: Record<string, unknown>): string[] => (problem['errors'] as { field: string }[]).map((e) => e.field).sort();
const history = (loanId: string) => h.app.events.readStream(loanStream(loanId));
const types = async (loanId: string): Promise<string[]> => (await history(loanId)).map((e) => e.type);

const grantCreditLine = (body: object) => post(actors.finance, '/api/credit-lines', body);
const apply = (body: object, agent: Actor = actors.agent) => post(agent, '/api/loans', body);
const approve = (id: string, approver: Actor = actors.manager) => post(approver, `/api/loans/${id}/approval`);
const reject = (id: string) => post(actors.manager, `/api/loans/${id}/rejection`, { reason: '担保不足' });
const disburse = (id: string, officer: Actor = actors.finance) => post(officer, `/api/loans/${id}/disbursement`);
const repay = (id: string, instalment: unknown, amountFen: unknown, officer: Actor = actors.finance) => post(officer, `/api/loans/${id}/repayments`, { instalment, amountFen });

const blacklist = (firmId: string) => post(actors.manager, `/api/enterprises/${firmId}/blacklist`, { reason: '提供虚假材料', evidence: '核查记录' }).expect(200);
const deregister = (firmId: string) => post(actors.agent, `/api/enterprises/${firmId}/deregistration`, { reason: '歇业' }).expect(200);

async function blacklistedFirm(): Promise<string> {
  const firmId = await given.firm();
  await blacklist(firmId);
  return firmId;
}
async function deregisteredFirm(): Promise<string> {
  const firmId = await given.firm();
  await deregister(firmId);
  return firmId;
}

describe('POST /api/credit-lines', () => {
  const line = (enterpriseId: string, overrides: object = {}) => ({ enterpriseId, bank: '中国银行常德分行', amountFen: 50_000_000, termMonths: 12, ...overrides });

  it("records a bank's credit line: 201 with id, revision, ETag and Location", async () => {
    const firmId = await given.firm();
    const res = await grantCreditLine(line(firmId)).expect(201);
    expect(res.body).toEqual({ id: expect.any(String), revision: 0 });
    expect([res.headers['etag'], res.headers['location']]).toEqual(['W/"0"', `/api/credit-lines/${res.body.id}`]);
    expect((await history(res.body.id))[0]).toMatchObject({
      type: 'CreditLineGranted',
      data: { loanId: res.body.id, enterpriseId: firmId, bank: '中国银行常德分行', amountFen: 50_000_000, termMonths: 12, grantedAt: h.clock.now() },
    });
  });

  it("records it for a blacklisted firm too: the bank's decision is a fact of the firm's history", async () => {
    await grantCreditLine(line(await blacklistedFirm())).expect(201);
  });

  it('names every missing and unknown field with 400', async () => {
    expect(fields(await refused(() => grantCreditLine({ extra: 1 }), 400))).toEqual(['amountFen', 'bank', 'enterpriseId', 'extra', 'termMonths']);
  });

  it.each([
    ['amountFen', { amountFen: -1 }],
    ['amountFen', { amountFen: 1.5 }],
    ['termMonths', { termMonths: 1.5 }],
    ['bank', { bank: '' }],
  ])('refuses a bad %s with 400 naming it: %j', async (field, overrides) => {
    expect(fields(await refused(() => grantCreditLine(line('any-firm', overrides)), 400))).toEqual([field]);
  });

  it.each([
    ['invalid-amount', async () => line(await given.firm(), { amountFen: 0 })],
    ['invalid-months', async () => line(await given.firm(), { termMonths: 0 })],
    ['invalid-months', async () => line(await given.firm(), { termMonths: 361 })],
    ['enterprise-not-found', async () => line('no-such-firm')],
    ['enterprise-deregistered', async () => line(await deregisteredFirm())],
  ])('refuses %s with 422 and writes nothing', async (code, body) => {
    const sent = await body();
    expect(await refused(() => grantCreditLine(sent), 422)).toMatchObject({ code });
  });

  it('refuses every role but finance with 403', async () => {
    const body = line(await given.firm());
    for (const actor of [actors.agent, actors.manager, actors.admin]) await refused(() => post(actor, '/api/credit-lines', body), 403);
  });

  it('records once for a retried Idempotency-Key', async () => {
    const body = line(await given.firm());
    const first = await grantCreditLine(body).set('Idempotency-Key', 'credit-line-1').expect(201);
    const head = await h.app.events.headPosition();
    expect((await grantCreditLine(body).set('Idempotency-Key', 'credit-line-1').expect(201)).body).toEqual(first.body);
    expect(await h.app.events.headPosition()).toBe(head);
  });
});

describe('POST /api/loans', () => {
  const application = (enterpriseId: string, overrides: object = {}) => ({ enterpriseId, amountFen: 1_000_000, termMonths: 3, ...overrides });

  it('applies for a guaranteed loan for a firm assigned to the agent: 201 with id, revision, ETag and Location', async () => {
    const firmId = await given.firm();
    const res = await apply(application(firmId)).expect(201);
    expect(res.body).toEqual({ id: expect.any(String), revision: 0 });
    expect([res.headers['etag'], res.headers['location']]).toEqual(['W/"0"', `/api/loans/${res.body.id}`]);
    expect((await history(res.body.id))[0]).toMatchObject({ type: 'LoanApplied', data: { loanId: res.body.id, enterpriseId: firmId, amountFen: 1_000_000, termMonths: 3 } });
  });

  it('refuses a firm assigned to another agent with 403', async () => {
    const firmId = await given.firm(actors.otherAgent);
    await refused(() => apply(application(firmId)), 403);
  });

  it('names every missing and unknown field with 400', async () => {
    expect(fields(await refused(() => apply({ extra: 1 }), 400))).toEqual(['amountFen', 'enterpriseId', 'extra', 'termMonths']);
  });

  it.each([
    ['invalid-amount', async () => application(await given.firm(), { amountFen: 0 })],
    ['invalid-months', async () => application(await given.firm(), { termMonths: 0 })],
    ['enterprise-not-found', async () => application('no-such-firm')],
    ['enterprise-blacklisted', async () => application(await blacklistedFirm())],
    ['enterprise-deregistered', async () => application(await deregisteredFirm())],
  ])('refuses %s with 422 and writes nothing', async (code, body) => {
    const sent = await body();
    expect(await refused(() => apply(sent), 422)).toMatchObject({ code });
  });

  it('applies once for a retried Idempotency-Key', async () => {
    const body = application(await given.firm());
    const first = await apply(body).set('Idempotency-Key', 'loan-1').expect(201);
    const head = await h.app.events.headPosition();
    expect((await apply(body).set('Idempotency-Key', 'loan-1').expect(201)).body).toEqual(first.body);
    expect(await h.app.events.headPosition()).toBe(head);
  });
});

describe('approval and rejection', () => {
  it('approves a loan applied for, naming the approver', async () => {
    const { loanId } = await given.loan();
    expect((await approve(loanId).expect(200)).body).toEqual({ id: loanId, revision: 1 });
    expect((await history(loanId))[1]).toMatchObject({ type: 'LoanApproved', data: { approvedBy: actors.manager.id, approvedAt: h.clock.now() } });
  });

  it('rejects a loan applied for, with a reason', async () => {
    const { loanId } = await given.loan();
    await reject(loanId).expect(200);
    expect((await history(loanId))[1]).toMatchObject({ type: 'LoanRejected', data: { reason: '担保不足' } });
  });

  const refusals: [code: string, prepare: () => Promise<string>, command: (id: string) => PromiseLike<Answer>][] = [
    ['loan-already-decided', async () => (await given.loan('approved')).loanId, approve],
    ['loan-already-decided', async () => (await given.loan('rejected')).loanId, approve],
    ['loan-already-decided', async () => (await given.loan('approved')).loanId, reject],
    ['enterprise-blacklisted', async () => afterFirm(blacklist), approve],
    ['enterprise-deregistered', async () => afterFirm(deregister), approve],
    ['not-a-guaranteed-loan', async () => (await given.creditLine()).loanId, approve],
    ['not-a-guaranteed-loan', async () => (await given.creditLine()).loanId, reject],
  ];
  /** A loan applied for, whose firm then changed. */
  async function afterFirm(change: (firmId: string) => PromiseLike<unknown>): Promise<string> {
    const { loanId, firmId } = await given.loan();
    await change(firmId);
    return loanId;
  }

  it.each(refusals)('refuses %s with 422 and writes nothing', async (code, prepare, command) => {
    const loanId = await prepare();
    expect(await refused(() => command(loanId), 422)).toMatchObject({ code });
  });

  it('answers 404 for a loan never applied for, 400 for a missing reason', async () => {
    await refused(() => approve('no-such-loan'), 404);
    const { loanId } = await given.loan();
    expect(fields(await refused(() => post(actors.manager, `/api/loans/${loanId}/rejection`, {}), 400))).toEqual(['reason']);
  });
});

describe('POST /api/loans/:id/disbursement', () => {
  it('records the loan paid out, with its repayment schedule: equal principal, the odd fen on the last instalment', async () => {
    const { loanId } = await given.loan('approved');
    expect((await disburse(loanId).expect(200)).body).toEqual({ id: loanId, revision: 2 });
    expect((await history(loanId))[2]).toMatchObject({
      type: 'LoanDisbursed',
      data: {
        amountFen: 1_000_000,
        instalments: [
          { instalment: 1, dueOn: '2026-04-02', principalFen: 333_333 },
          { instalment: 2, dueOn: '2026-05-02', principalFen: 333_333 },
          { instalment: 3, dueOn: '2026-06-02', principalFen: 333_334 },
        ],
        disbursedBy: actors.finance.id,
      },
    });
  });

  it('refuses the officer who approved with 422 approver-may-not-disburse; another officer disburses', async () => {
    const officer = 'officer-loan-1';
    const { loanId } = await given.loan('approved', { approver: { id: officer, role: 'manager' } });
    expect(await refused(() => disburse(loanId, { id: officer, role: 'finance' }), 422)).toMatchObject({ code: 'approver-may-not-disburse' });
    await disburse(loanId).expect(200);
  });

  const refusals: [code: string, prepare: () => Promise<string>][] = [
    ['loan-not-approved', async () => (await given.loan()).loanId],
    ['loan-not-approved', async () => (await given.loan('rejected')).loanId],
    ['loan-already-disbursed', async () => (await given.loan('disbursed')).loanId],
    ['not-a-guaranteed-loan', async () => (await given.creditLine()).loanId],
    ['enterprise-blacklisted', () => approvedThen(blacklist)],
    ['enterprise-deregistered', () => approvedThen(deregister)],
  ];
  async function approvedThen(change: (firmId: string) => PromiseLike<unknown>): Promise<string> {
    const { loanId, firmId } = await given.loan('approved');
    await change(firmId);
    return loanId;
  }

  it.each(refusals)('refuses %s with 422 and writes nothing', async (code, prepare) => {
    const loanId = await prepare();
    expect(await refused(() => disburse(loanId), 422)).toMatchObject({ code });
  });

  it('answers 404 for a loan never applied for', async () => {
    await refused(() => disburse('no-such-loan'), 404);
  });

  it('disburses once for a retried Idempotency-Key', async () => {
    const { loanId } = await given.loan('approved');
    const first = await disburse(loanId).set('Idempotency-Key', 'disburse-loan-1').expect(200);
    const head = await h.app.events.headPosition();
    expect((await disburse(loanId).set('Idempotency-Key', 'disburse-loan-1').expect(200)).body).toEqual(first.body);
    expect(await h.app.events.headPosition()).toBe(head);
  });
});

describe('POST /api/loans/:id/repayments', () => {
  it('records an instalment repaid in part, then the rest', async () => {
    const { loanId } = await given.loan('disbursed');
    expect((await repay(loanId, 1, 100_000).expect(200)).body).toEqual({ id: loanId, revision: 3 });
    await repay(loanId, 1, 233_333).expect(200);
    expect((await history(loanId)).slice(3).map((e) => e.data)).toEqual([
      { instalment: 1, amountFen: 100_000, owedFen: 233_333, repaidBy: actors.finance.id, repaidAt: h.clock.now() },
      { instalment: 1, amountFen: 233_333, owedFen: 0, repaidBy: actors.finance.id, repaidAt: h.clock.now() },
    ]);
  });

  it('settles the loan with the repayment that clears the last fen', async () => {
    const { loanId } = await given.loan('disbursed');
    await repay(loanId, 1, 333_333).expect(200);
    await repay(loanId, 3, 333_334).expect(200);
    expect((await repay(loanId, 2, 333_333).expect(200)).body).toEqual({ id: loanId, revision: 6 });
    expect((await types(loanId)).slice(-2)).toEqual(['InstalmentRepaid', 'LoanSettled']);
  });

  it.each([
    ['instalment', { instalment: 1.5, amountFen: 1 }],
    ['instalment', { instalment: -1, amountFen: 1 }],
    ['amountFen', { instalment: 1, amountFen: -1 }],
    ['amountFen', { instalment: 1, amountFen: '1' }],
  ])('refuses a bad %s with 400 naming it: %j', async (field, body) => {
    const { loanId } = await given.loan('disbursed');
    expect(fields(await refused(() => post(actors.finance, `/api/loans/${loanId}/repayments`, body), 400))).toEqual([field]);
  });

  const refusals: [code: string, prepare: () => Promise<string>, instalment: number, amountFen: number][] = [
    ['loan-not-disbursed', async () => (await given.loan('approved')).loanId, 1, 1],
    ['not-a-guaranteed-loan', async () => (await given.creditLine()).loanId, 1, 1],
    ['instalment-not-found', async () => (await given.loan('disbursed')).loanId, 4, 1],
    ['instalment-not-found', async () => (await given.loan('disbursed')).loanId, 0, 1],
    ['invalid-amount', async () => (await given.loan('disbursed')).loanId, 1, 0],
    ['repayment-exceeds-owed', async () => (await given.loan('disbursed')).loanId, 1, 333_334],
    [
      'instalment-already-repaid',
      async () => {
        const { loanId } = await given.loan('disbursed');
        await repay(loanId, 1, 333_333).expect(200);
        return loanId;
      },
      1,
      1,
    ],
    [
      'loan-settled',
      async () => {
        const { loanId } = await given.loan('disbursed', { amountFen: 3 });
        for (const instalment of [1, 2, 3]) await repay(loanId, instalment, 1).expect(200);
        return loanId;
      },
      1,
      1,
    ],
  ];

  it.each(refusals)('refuses %s with 422 and writes nothing', async (code, prepare, instalment, amountFen) => {
    const loanId = await prepare();
    expect(await refused(() => repay(loanId, instalment, amountFen), 422)).toMatchObject({ code });
  });

  it('refuses the officer who approved with 422 approver-may-not-record-repayment', async () => {
    const officer = 'officer-loan-2';
    const { loanId } = await given.loan('disbursed', { approver: { id: officer, role: 'manager' } });
    expect(await refused(() => repay(loanId, 1, 1, { id: officer, role: 'finance' }), 422)).toMatchObject({ code: 'approver-may-not-record-repayment' });
  });

  it('records a partial repayment once for a retried Idempotency-Key: a retry never repays twice', async () => {
    const { loanId } = await given.loan('disbursed');
    const first = await repay(loanId, 1, 100_000).set('Idempotency-Key', 'repay-1').expect(200);
    const head = await h.app.events.headPosition();
    expect((await repay(loanId, 1, 100_000).set('Idempotency-Key', 'repay-1').expect(200)).body).toEqual(first.body);
    expect(await h.app.events.headPosition()).toBe(head);
    expect((await history(loanId)).filter((e) => e.type === 'InstalmentRepaid')).toHaveLength(1);
  });

  it('refuses a stale If-Match with 412', async () => {
    const { loanId } = await given.loan('disbursed');
    expect(await refused(() => repay(loanId, 1, 1).set('If-Match', 'W/"1"'), 412)).toMatchObject({ code: 'stale-revision', currentRevision: 2 });
  });

  it('answers 404 for a loan never applied for', async () => {
    await refused(() => repay('no-such-loan', 1, 1), 404);
  });
});
