import type { Actor } from '../../src/domain/decider';
import { programmeStream } from '../../src/domain/programme/programme';
import { commitmentFor } from '../../src/domain/programme/state';
import { paymentReferenceStream } from '../../src/domain/subsidy/payment-reference-reservation';
import { subsidyStream } from '../../src/domain/subsidy/subsidy';
import { actors, enterpriseUser, startHarness, type Harness } from '../support/http-harness';
import { refusedWritingNothing } from '../support/refused';
import { subsidyScenarios, type Application } from '../support/subsidy-scenarios';

let h: Harness;
let given: ReturnType<typeof subsidyScenarios>;
beforeAll(async () => {
  h = await startHarness();
  given = subsidyScenarios(h, 40_000);
});
afterAll(() => h.close());

type Answer = { status: number; body: Record<string, unknown> };
const post = (actor: Actor, path: string, body: object = {}) => h.as(actor).post(path, body);
const refused = (send: () => PromiseLike<Answer>, status: number) => refusedWritingNothing(h, send, status);
const types = async (stream: string): Promise<string[]> => (await h.app.events.readStream(stream)).map((e) => e.type);

const apply = (body: object, agent: Actor = actors.agent) => post(agent, '/api/subsidies', body);
const requestMaterials = (id: string, missingItems: string[], actor: Actor = actors.agent) => post(actor, `/api/subsidies/${id}/materials-request`, { missingItems });
const supplyMaterials = (id: string, items: string[], actor: Actor = actors.agent) => post(actor, `/api/subsidies/${id}/materials`, { items });
const approve = (id: string, approvedFen: number, approver: Actor = actors.manager) => post(approver, `/api/subsidies/${id}/approval`, { approvedFen });
const reject = (id: string) => post(actors.manager, `/api/subsidies/${id}/rejection`, { reason: '不符合条件' });
const disburse = (id: string, amountFen: number, paymentReference: string, officer: Actor = actors.finance) =>
  post(officer, `/api/subsidies/${id}/disbursements`, { amountFen, paymentReference });
const clawBack = (id: string, amountFen: number) => post(actors.manager, `/api/subsidies/${id}/clawbacks`, { amountFen, reason: '虚报材料' });
const close = (id: string) => post(actors.finance, `/api/subsidies/${id}/closure`);

const blacklist = (firmId: string) => post(actors.manager, `/api/enterprises/${firmId}/blacklist`, { reason: '提供虚假材料', evidence: '核查记录' }).expect(200);
const deregister = (firmId: string) => post(actors.agent, `/api/enterprises/${firmId}/deregistration`, { reason: '歇业' }).expect(200);
const closeProgramme = (programmeId: string) => post(actors.manager, `/api/programmes/${programmeId}/closure`, { reason: '资金用完' }).expect(200);

/** The application, once something else happened to it or its firm or programme. */
async function after(filed: Application, change: (filed: Application) => PromiseLike<unknown>): Promise<Application> {
  await change(filed);
  return filed;
}

describe('POST /api/subsidies', () => {
  it('files an application for a firm assigned to the agent: 201 with id, revision, ETag and Location', async () => {
    const programmeId = await given.programme();
    const firmId = await given.firm();
    const res = await apply({ programmeId, enterpriseId: firmId, requestedFen: 400_000 }).expect(201);
    expect(res.body).toEqual({ id: expect.any(String), revision: 0 });
    expect(res.headers['etag']).toBe('W/"0"');
    expect(res.headers['location']).toBe(`/api/subsidies/${res.body.id}`);
    const [applied] = await h.app.events.readStream(subsidyStream(res.body.id));
    expect(applied).toMatchObject({ type: 'SubsidyApplied', data: { subsidyId: res.body.id, programmeId, enterpriseId: firmId, requestedFen: 400_000 } });
  });

  it('names every missing and unknown field with 400', async () => {
    const body = await refused(() => apply({ extra: 1 }), 400);
    expect((body['errors'] as { field: string }[]).map((e) => e.field).sort()).toEqual(['enterpriseId', 'extra', 'programmeId', 'requestedFen']);
  });

  it.each([[-1], [1.5], ['100']])('refuses requestedFen %j with 400 naming it', async (requestedFen) => {
    const body = await refused(() => apply({ programmeId: 'p', enterpriseId: 'e', requestedFen }), 400);
    expect(body['errors']).toEqual([{ in: 'body', field: 'requestedFen', message: expect.any(String) }]);
  });

  it('refuses a firm assigned to another agent with 403', async () => {
    const programmeId = await given.programme();
    const firmId = await given.firm(actors.otherAgent);
    await refused(() => apply({ programmeId, enterpriseId: firmId, requestedFen: 400_000 }), 403);
  });

  const refusals: [code: string, prepare: () => Promise<object>][] = [
    ['invalid-amount', async () => ({ programmeId: await given.programme(), enterpriseId: await given.firm(), requestedFen: 0 })],
    ['enterprise-not-found', async () => ({ programmeId: await given.programme(), enterpriseId: 'no-such-firm' })],
    ['enterprise-deregistered', async () => ({ programmeId: await given.programme(), enterpriseId: await deregistered() })],
    ['enterprise-blacklisted', async () => ({ programmeId: await given.programme(), enterpriseId: await blacklisted() })],
    ['programme-not-found', async () => ({ programmeId: 'no-such-programme', enterpriseId: await given.firm() })],
    ['programme-closed', async () => ({ programmeId: await closedProgramme(), enterpriseId: await given.firm() })],
    ['window-not-yet-open', async () => ({ programmeId: await given.programme({ window: { opensOn: '2026-04-01', closesOn: '2026-12-31' } }), enterpriseId: await given.firm() })],
    ['window-closed', async () => ({ programmeId: await given.programme({ window: { opensOn: '2026-01-01', closesOn: '2026-03-01' } }), enterpriseId: await given.firm() })],
    ['not-eligible', async () => ({ programmeId: await given.programme({ eligibility: { industries: ['C13'], townships: [], parks: [], minAgeMonths: 0 } }), enterpriseId: await given.firm() })],
    ['request-exceeds-cap', async () => ({ programmeId: await given.programme(), enterpriseId: await given.firm(), requestedFen: 500_001 })],
  ];
  async function deregistered(): Promise<string> {
    const firmId = await given.firm();
    await deregister(firmId);
    return firmId;
  }
  async function blacklisted(): Promise<string> {
    const firmId = await given.firm();
    await blacklist(firmId);
    return firmId;
  }
  async function closedProgramme(): Promise<string> {
    const programmeId = await given.programme();
    await closeProgramme(programmeId);
    return programmeId;
  }

  it.each(refusals)('refuses %s with 422 and writes nothing', async (code, prepare) => {
    const body = { requestedFen: 400_000, ...(await prepare()) };
    expect(await refused(() => apply(body), 422)).toMatchObject({ status: 422, code });
  });

  it('files once for a retried Idempotency-Key', async () => {
    const body = { programmeId: await given.programme(), enterpriseId: await given.firm(), requestedFen: 400_000 };
    const first = await apply(body).set('Idempotency-Key', 'apply-1').expect(201);
    const head = await h.app.events.headPosition();
    expect((await apply(body).set('Idempotency-Key', 'apply-1').expect(201)).body).toEqual(first.body);
    expect(await h.app.events.headPosition()).toBe(head);
  });
});

describe('materials (一次性告知)', () => {
  it('lists the missing items at once; a second request needs a manager', async () => {
    const { subsidyId } = await given.application();
    expect((await requestMaterials(subsidyId, ['营业执照', '纳税证明']).expect(200)).body).toEqual({ id: subsidyId, revision: 1 });
    const second = await refused(() => requestMaterials(subsidyId, ['社保证明']), 422);
    expect(second['code']).toBe('second-materials-request-needs-manager');
    await requestMaterials(subsidyId, ['社保证明'], actors.manager).expect(200);
    expect((await h.app.events.readStream(subsidyStream(subsidyId))).slice(1).map((e) => e.data['missingItems'])).toEqual([['营业执照', '纳税证明'], ['社保证明']]);
  });

  it('refuses an empty list or a blank item with 400', async () => {
    const { subsidyId } = await given.application();
    expect((await refused(() => requestMaterials(subsidyId, []), 400))['errors']).toEqual([{ in: 'body', field: 'missingItems', message: expect.any(String) }]);
    expect((await refused(() => requestMaterials(subsidyId, ['营业执照', ' ']), 400))['errors']).toEqual([{ in: 'body', field: 'missingItems.1', message: expect.any(String) }]);
  });

  it("takes the requested items from the firm's own user or its agent; another firm's user is told of no such application", async () => {
    const { subsidyId, firmId } = await given.application();
    await requestMaterials(subsidyId, ['营业执照', '纳税证明']).expect(200);
    await refused(() => supplyMaterials(subsidyId, ['营业执照'], enterpriseUser('another-firm')), 404);
    await supplyMaterials(subsidyId, ['营业执照'], enterpriseUser(firmId)).expect(200);
    await supplyMaterials(subsidyId, ['纳税证明']).expect(200);
    expect(await types(subsidyStream(subsidyId))).toEqual(['SubsidyApplied', 'MaterialsRequested', 'MaterialsSupplied', 'MaterialsSupplied']);
  });

  it('refuses materials nobody asked for with 422 no-materials-requested and material-not-requested', async () => {
    const { subsidyId } = await given.application();
    expect(await refused(() => supplyMaterials(subsidyId, ['营业执照']), 422)).toMatchObject({ code: 'no-materials-requested' });
    await requestMaterials(subsidyId, ['营业执照']).expect(200);
    expect(await refused(() => supplyMaterials(subsidyId, ['房产证']), 422)).toMatchObject({ code: 'material-not-requested', errors: [{ in: 'body', field: 'items', message: expect.any(String) }] });
  });

  it('asks for nothing once the application is decided: 422 application-already-decided', async () => {
    const { subsidyId } = await given.application();
    await reject(subsidyId).expect(200);
    expect(await refused(() => requestMaterials(subsidyId, ['营业执照'], actors.manager), 422)).toMatchObject({ code: 'application-already-decided' });
  });

  it('answers 404 for an application never filed', async () => {
    await refused(() => requestMaterials('no-such-application', ['营业执照'], actors.manager), 404);
  });
});

describe('POST /api/subsidies/:id/approval', () => {
  it("approves: the funds are committed on the programme's ledger and confirmed once the approval is written", async () => {
    const { subsidyId, programmeId } = await given.application();
    const res = await approve(subsidyId, 300_000).expect(200);
    expect(res.body).toEqual({ id: subsidyId, revision: 1 });
    expect(res.headers['etag']).toBe('W/"1"');
    expect((await h.app.events.readStream(subsidyStream(subsidyId)))[1]).toMatchObject({ type: 'SubsidyApproved', data: { approvedFen: 300_000, approverId: actors.manager.id } });
    expect(await types(programmeStream(programmeId))).toEqual(['ProgrammePublished', 'FundsCommitted', 'CommitmentConfirmed']);
    expect((await h.app.programmes.read(programmeId)).committedFen).toBe(300_000);
  });

  const refusals: [code: string, prepare: () => Promise<{ subsidyId: string; approvedFen?: number }>][] = [
    ['invalid-amount', async () => ({ ...(await given.application()), approvedFen: 0 })],
    ['approval-exceeds-request', async () => ({ ...(await given.application({ requestedFen: 400_000 })), approvedFen: 400_001 })],
    [
      'materials-outstanding',
      async () => {
        const filed = await given.application();
        await requestMaterials(filed.subsidyId, ['营业执照']).expect(200);
        return filed;
      },
    ],
    ['enterprise-blacklisted', async () => after(await given.application(), ({ firmId }) => blacklist(firmId))],
    ['enterprise-deregistered', async () => after(await given.application(), ({ firmId }) => deregister(firmId))],
    ['programme-closed', async () => after(await given.application(), ({ programmeId }) => closeProgramme(programmeId))],
    ['application-already-decided', async () => after(await given.application(), ({ subsidyId }) => approve(subsidyId, 300_000).expect(200))],
    [
      'budget-exceeded',
      async () => {
        const programmeId = await given.programme({ budgetFen: 500_000 });
        await approve((await given.application({ programmeId })).subsidyId, 300_000).expect(200);
        return given.application({ programmeId });
      },
    ],
    [
      'cap-exceeded',
      async () => {
        const first = await given.application();
        await approve(first.subsidyId, 300_000).expect(200);
        return given.application({ programmeId: first.programmeId, firmId: first.firmId });
      },
    ],
    [
      // An approval of another amount crashed after committing its funds, less than five minutes ago.
      'commitment-exists',
      async () => after(await given.application(), ({ programmeId, subsidyId, firmId }) => commitDirectly(programmeId, subsidyId, firmId, 100_000)),
    ],
  ];

  it.each(refusals)('refuses %s with 422, committing nothing', async (code, prepare) => {
    const { subsidyId, approvedFen = 300_000 } = await prepare();
    expect(await refused(() => approve(subsidyId, approvedFen), 422)).toMatchObject({ status: 422, code });
  });

  it('refuses a stale If-Match with 412 before committing anything', async () => {
    const { subsidyId } = await given.application();
    expect(await refused(() => approve(subsidyId, 300_000).set('If-Match', 'W/"1"'), 412)).toMatchObject({ code: 'stale-revision', currentRevision: 0 });
  });

  it('approves once for a retried Idempotency-Key', async () => {
    const { subsidyId, programmeId } = await given.application();
    const first = await approve(subsidyId, 300_000).set('Idempotency-Key', 'approve-1').expect(200);
    const head = await h.app.events.headPosition();
    expect((await approve(subsidyId, 300_000).set('Idempotency-Key', 'approve-1').expect(200)).body).toEqual(first.body);
    expect(await h.app.events.headPosition()).toBe(head);
    expect(await types(programmeStream(programmeId))).toEqual(['ProgrammePublished', 'FundsCommitted', 'CommitmentConfirmed']);
  });

  it('lets 50 concurrent approvals race for a budget that fits 10: exactly the budget is committed, the refused carry budget-exceeded', async () => {
    const programmeId = await given.programme({ budgetFen: 1_000_000, capPerEnterpriseFen: 100_000 });
    const applications: string[] = [];
    for (let i = 0; i < 50; i += 1) applications.push((await given.application({ programmeId, requestedFen: 100_000 })).subsidyId);

    const answers = await Promise.all(applications.map((subsidyId) => approve(subsidyId, 100_000)));

    const approved = answers.filter((res) => res.status === 200);
    const refusedAnswers = answers.filter((res) => res.status !== 200);
    expect(approved).toHaveLength(10);
    expect(refusedAnswers.map((res) => [res.status, res.body.code])).toEqual(Array.from({ length: 40 }, () => [422, 'budget-exceeded']));
    const programme = await h.app.programmes.read(programmeId);
    expect(programme.committedFen).toBe(1_000_000);
    const ledger = await types(programmeStream(programmeId));
    expect(ledger.filter((type) => type === 'FundsCommitted')).toHaveLength(10);
    expect(ledger.filter((type) => type === 'CommitmentConfirmed')).toHaveLength(10);
    expect(ledger).not.toContain('CommitmentReleased');
  }, 60_000);
});

/** The first write of an approval whose process then died. */
const commitDirectly = (programmeId: string, subsidyId: string, enterpriseId: string, amountFen: number) =>
  h.app.programmes.handle(programmeId, { type: 'CommitFunds', subsidyId, enterpriseId, amountFen }, actors.manager);

describe('POST /api/subsidies/:id/rejection', () => {
  it("rejects with a reason, touching no programme's ledger when nothing was committed", async () => {
    const { subsidyId, programmeId } = await given.application();
    expect((await reject(subsidyId).expect(200)).body).toEqual({ id: subsidyId, revision: 1 });
    expect((await h.app.events.readStream(subsidyStream(subsidyId)))[1]).toMatchObject({ type: 'SubsidyRejected', data: { reason: '不符合条件' } });
    expect(await types(programmeStream(programmeId))).toEqual(['ProgrammePublished']);
  });

  it('gives back the funds of an approval that crashed half-way', async () => {
    const { subsidyId, programmeId, firmId } = await given.application();
    await commitDirectly(programmeId, subsidyId, firmId, 300_000);
    await reject(subsidyId).expect(200);
    const programme = await h.app.programmes.read(programmeId);
    expect(commitmentFor(programme, subsidyId)?.status).toBe('released');
    expect(programme.committedFen).toBe(0);
    expect((await h.app.events.readStream(programmeStream(programmeId))).at(-1)).toMatchObject({ type: 'CommitmentReleased', data: { reason: 'application-rejected' } });
  });

  it('refuses a decided application with 422 application-already-decided', async () => {
    const { subsidyId } = await given.approved();
    expect(await refused(() => reject(subsidyId), 422)).toMatchObject({ code: 'application-already-decided' });
  });
});

describe('POST /api/subsidies/:id/disbursements', () => {
  it("disburses in tranches under upper-cased references, each recorded on the programme's ledger", async () => {
    const { subsidyId, programmeId } = await given.approved(300_000);
    expect((await disburse(subsidyId, 100_000, ' boc-2026-000123 ').expect(200)).body).toEqual({ id: subsidyId, revision: 2 });
    await disburse(subsidyId, 200_000, 'BOC-2026-000124').expect(200);
    const tranches = (await h.app.events.readStream(subsidyStream(subsidyId))).slice(2);
    expect(tranches.map((e) => e.data)).toEqual([
      { amountFen: 100_000, paymentReference: 'BOC-2026-000123', disbursedBy: actors.finance.id, disbursedAt: h.clock.now() },
      { amountFen: 200_000, paymentReference: 'BOC-2026-000124', disbursedBy: actors.finance.id, disbursedAt: h.clock.now() },
    ]);
    const [reservation] = await h.app.events.readStream(paymentReferenceStream('BOC-2026-000123'));
    expect(reservation).toMatchObject({ type: 'PaymentReferenceReserved', data: { paymentReference: 'BOC-2026-000123', subsidyId } });
    const ledger = (await h.app.events.readStream(programmeStream(programmeId))).filter((e) => e.type === 'FundsDisbursed');
    expect(ledger.map((e) => [e.data['amountFen'], e.data['disbursedTotalFen']])).toEqual([
      [100_000, 100_000],
      [200_000, 300_000],
    ]);
  });

  it.each([
    ['paymentReference', { amountFen: 100, paymentReference: 'BOC 2026' }],
    ['paymentReference', { amountFen: 100, paymentReference: '' }],
    ['paymentReference', { amountFen: 100, paymentReference: 'B'.repeat(65) }],
    ['amountFen', { amountFen: -1, paymentReference: 'BOC-1' }],
  ])('refuses a bad %s with 400 naming it: %j', async (field, body) => {
    const { subsidyId } = await given.approved();
    expect((await refused(() => post(actors.finance, `/api/subsidies/${subsidyId}/disbursements`, body), 400))['errors']).toEqual([
      { in: 'body', field, message: expect.any(String) },
    ]);
  });

  const refusals: [code: string, prepare: () => Promise<{ subsidyId: string; amountFen?: number; paymentReference?: string }>][] = [
    ['application-not-approved', () => given.application()],
    ['invalid-amount', async () => ({ ...(await given.approved()), amountFen: 0 })],
    ['disbursement-exceeds-approval', async () => ({ ...(await given.disbursed(200_000, 300_000)), amountFen: 100_001 })],
    [
      'payment-reference-used',
      async () => {
        const { subsidyId } = await given.disbursed(100_000);
        return { subsidyId, paymentReference: `ref-${subsidyId}` };
      },
    ],
    ['payment-reference-used', async () => ({ ...(await given.approved()), paymentReference: `ref-${(await given.disbursed(100_000)).subsidyId}` })],
    ['enterprise-blacklisted', async () => after(await given.approved(), ({ firmId }) => blacklist(firmId))],
    ['enterprise-deregistered', async () => after(await given.approved(), ({ firmId }) => deregister(firmId))],
    [
      'application-closed',
      async () => {
        const filed = await given.disbursed(300_000, 300_000);
        await close(filed.subsidyId).expect(200);
        return filed;
      },
    ],
  ];

  it.each(refusals)('refuses %s with 422 and writes nothing', async (code, prepare) => {
    const { subsidyId, amountFen = 100_000, paymentReference = `NEW-${Math.random().toString(36).slice(2)}` } = await prepare();
    expect(await refused(() => disburse(subsidyId, amountFen, paymentReference), 422)).toMatchObject({ status: 422, code });
  });

  it('refuses the officer who approved with 422 approver-may-not-disburse, and keeps the attempt for the audit', async () => {
    const officer = 'officer-7';
    const { subsidyId, programmeId, firmId } = await given.approved(300_000, { id: officer, role: 'manager' });
    const before = await h.app.events.readStream(subsidyStream(subsidyId));

    const res = await disburse(subsidyId, 100_000, 'boc-2026-000777', { id: officer, role: 'finance' }).expect(422);

    expect(res.body).toMatchObject({ status: 422, code: 'approver-may-not-disburse' });
    const { events } = await h.app.events.readAll({ filter: { eventTypes: ['DisbursementRefused'] } });
    const refusal = events.find((e) => e.data['subsidyId'] === subsidyId);
    expect(refusal?.streamName).toMatch(/^refusal-[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(refusal?.data).toEqual({
      subsidyId,
      programmeId,
      enterpriseId: firmId,
      actorId: officer,
      amountFen: 100_000,
      paymentReference: 'BOC-2026-000777',
      code: 'approver-may-not-disburse',
      refusedAt: h.clock.now(),
    });
    expect(refusal?.metadata).toMatchObject({ actorId: officer, actorRole: 'finance' });
    // The application is untouched and the reference was not used up: another officer pays under it.
    expect(await h.app.events.readStream(subsidyStream(subsidyId))).toEqual(before);
    expect(await h.app.events.readStream(paymentReferenceStream('BOC-2026-000777'))).toEqual([]);
    await disburse(subsidyId, 100_000, 'BOC-2026-000777').expect(200);
  });

  it('disburses once for a retried Idempotency-Key', async () => {
    const { subsidyId } = await given.approved();
    const first = await disburse(subsidyId, 100_000, 'BOC-RETRY-1').set('Idempotency-Key', 'disburse-1').expect(200);
    const head = await h.app.events.headPosition();
    expect((await disburse(subsidyId, 100_000, 'BOC-RETRY-1').set('Idempotency-Key', 'disburse-1').expect(200)).body).toEqual(first.body);
    expect(await h.app.events.headPosition()).toBe(head);
    expect((await types(subsidyStream(subsidyId))).filter((type) => type === 'SubsidyDisbursed')).toHaveLength(1);
  });

  it('refuses a stale If-Match with 412 before reserving the reference', async () => {
    const { subsidyId } = await given.approved();
    await refused(() => disburse(subsidyId, 100_000, 'BOC-STALE-1').set('If-Match', 'W/"0"'), 412);
  });
});

describe('POST /api/subsidies/:id/clawbacks', () => {
  it('claws back with a reason, returning the money to the budget and to the firm under its cap', async () => {
    const { subsidyId, programmeId } = await given.disbursed(200_000, 300_000);
    expect((await clawBack(subsidyId, 50_000).expect(200)).body).toEqual({ id: subsidyId, revision: 3 });
    expect((await h.app.events.readStream(subsidyStream(subsidyId))).at(-1)).toMatchObject({ type: 'SubsidyClawedBack', data: { amountFen: 50_000, reason: '虚报材料' } });
    const programme = await h.app.programmes.read(programmeId);
    expect([programme.committedFen, programme.clawedBackFen]).toEqual([250_000, 50_000]);
  });

  it.each([
    ['application-not-approved', () => given.application(), 1],
    ['invalid-amount', () => given.disbursed(100_000), 0],
    ['clawback-exceeds-disbursed', () => given.disbursed(100_000), 100_001],
  ] as const)('refuses %s with 422 and writes nothing', async (code, prepare, amountFen) => {
    const { subsidyId } = await prepare();
    expect(await refused(() => clawBack(subsidyId, amountFen), 422)).toMatchObject({ code });
  });
});

describe('POST /api/subsidies/:id/closure', () => {
  it('closes an application once all it was approved is disbursed', async () => {
    const { subsidyId } = await given.disbursed(300_000, 300_000);
    expect((await close(subsidyId).expect(200)).body).toEqual({ id: subsidyId, revision: 3 });
    expect(await types(subsidyStream(subsidyId))).toEqual(['SubsidyApplied', 'SubsidyApproved', 'SubsidyDisbursed', 'SubsidyClosed']);
  });

  it.each([
    ['application-not-approved', () => given.application()],
    ['disbursement-incomplete', () => given.disbursed(100_000, 300_000)],
  ] as const)('refuses %s with 422 and writes nothing', async (code, prepare) => {
    const { subsidyId } = await prepare();
    expect(await refused(() => close(subsidyId), 422)).toMatchObject({ code });
  });

  it('refuses closing twice with 422 application-closed', async () => {
    const { subsidyId } = await given.disbursed(300_000, 300_000);
    await close(subsidyId).expect(200);
    expect(await refused(() => close(subsidyId), 422)).toMatchObject({ code: 'application-closed' });
  });
});
