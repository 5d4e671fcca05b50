import { openIdentityNumber } from '../../src/app/personal-data/identity-number-sealing';
import type { Actor } from '../../src/domain/decider';
import type { TalentGrantAwarded } from '../../src/domain/talent/events';
import { talentStream } from '../../src/domain/talent/talent';
import { actors, startHarness, type Harness } from '../support/http-harness';
import { IDENTITY_NUMBER_ENDING_IN_X } from '../support/identity-numbers';
import { refusedWritingNothing } from '../support/refused';
import { talentScenarios, type Grant } from '../support/talent-scenarios';

let h: Harness;
let given: ReturnType<typeof talentScenarios>;
beforeAll(async () => {
  h = await startHarness();
  given = talentScenarios(h, 60_000);
});
afterAll(() => h.close());

type Answer = { status: number; body: Record<string, unknown> };
const post = (actor: Actor, path: string, body: object = {}) => h.as(actor).post(path, body);
const refused = (send: () => PromiseLike<Answer>, status: number) => refusedWritingNothing(h, send, status);
const fields = (problem: Record<string, unknown>): string[] => (problem['errors'] as { field: string }[]).map((e) => e.field).sort();
const history = (talentId: string) => h.app.events.readStream(talentStream(talentId));
const awarded = async (talentId: string): Promise<TalentGrantAwarded['data']> => (await history(talentId))[0]!.data as TalentGrantAwarded['data'];

const award = (body: object, manager: Actor = actors.manager) => post(manager, '/api/talent-grants', body);
const payHousing = (id: string, officer: Actor = actors.finance) => post(officer, `/api/talent-grants/${id}/housing-payment`);
const payMonth = (id: string, month: unknown, officer: Actor = actors.finance) => post(officer, `/api/talent-grants/${id}/allowance-payments`, { month });
const suspend = (id: string) => post(actors.manager, `/api/talent-grants/${id}/suspension`, { reason: '离开本区' });
const resume = (id: string) => post(actors.manager, `/api/talent-grants/${id}/resumption`);
const end = (id: string) => post(actors.manager, `/api/talent-grants/${id}/ending`, { reason: '合同期满' });

/** Runs `steps` with the clock set to `instant`, then puts it back. */
async function at<T>(instant: string, steps: () => Promise<T>): Promise<T> {
  const now = h.clock.now();
  h.clock.set(instant);
  try {
    return await steps();
  } finally {
    h.clock.set(now);
  }
}

/** A grant awarded on 2026-01-02, so that months 1 to 3 (due 01-02, 02-02, 03-02) have all fallen due by the test clock's day. */
const awardedInJanuary = (body: object = {}): Promise<Grant> => at('2026-01-02T02:00:00.000Z', () => given.grant('awarded', { body }));

describe('POST /api/talent-grants', () => {
  it("awards a published tier: 201 with id, revision, ETag and Location; the identity number is sealed under the person's key", async () => {
    const firmId = await given.firm();
    const body = given.awardBody(firmId);
    const res = await award(body).expect(201);
    expect(res.body).toEqual({ id: expect.any(String), revision: 0 });
    expect(res.headers['etag']).toBe('W/"0"');
    expect(res.headers['location']).toBe(`/api/talent-grants/${res.body.id}`);
    const [event] = await history(res.body.id);
    const data = event!.data as TalentGrantAwarded['data'];
    expect(data).toEqual({
      talentId: res.body.id,
      person: { personId: expect.any(String), name: '王博士', identityNumber: { keyId: data.person.personId, iv: expect.any(String), ciphertext: expect.any(String), tag: expect.any(String) } },
      enterpriseId: firmId,
      tier: 'full-time-phd',
      housingSubsidyFen: 20_000_000,
      monthlyAllowanceFen: 200_000,
      months: 36,
      startsOn: '2026-03-02',
      awardedBy: actors.manager.id,
      awardedAt: h.clock.now(),
    });
    expect(JSON.stringify(event)).not.toContain(body['identityNumber']);
    expect(await openIdentityNumber(h.app.personalDataKeys, data.person.identityNumber)).toBe(body['identityNumber']);
  });

  it('awards the high-end skilled tier, or amounts of its own', async () => {
    const firmId = await given.firm();
    const highEnd = await award(given.awardBody(firmId, { tier: 'high-end-skilled' })).expect(201);
    expect(await awarded(highEnd.body.id)).toMatchObject({ tier: 'high-end-skilled', housingSubsidyFen: 10_000_000, monthlyAllowanceFen: 200_000 });
    const custom = await award(given.awardBody(firmId, { tier: 'custom', housingSubsidyFen: 5_000_000, monthlyAllowanceFen: 150_000, months: 12 })).expect(201);
    expect(await awarded(custom.body.id)).toMatchObject({ tier: 'custom', housingSubsidyFen: 5_000_000, monthlyAllowanceFen: 150_000, months: 12 });
  });

  it('takes API.md\'s tier "phd" as the full-time PhD tier', async () => {
    const res = await award(given.awardBody(await given.firm(), { tier: 'phd' })).expect(201);
    expect(await awarded(res.body.id)).toMatchObject({ tier: 'full-time-phd', housingSubsidyFen: 20_000_000, monthlyAllowanceFen: 200_000 });
  });

  it('reads a trailing x of the identity number as X', async () => {
    const res = await award(given.awardBody(await given.firm(), { identityNumber: ` ${IDENTITY_NUMBER_ENDING_IN_X.toLowerCase()} ` })).expect(201);
    expect(await openIdentityNumber(h.app.personalDataKeys, (await awarded(res.body.id)).person.identityNumber)).toBe(IDENTITY_NUMBER_ENDING_IN_X);
  });

  it("seals a second grant of the same person under their key, when the award names them", async () => {
    const first = await given.grant();
    const res = await award(given.awardBody(await given.firm(), { personId: first.personId })).expect(201);
    const second = await awarded(res.body.id);
    expect(second.person.personId).toBe(first.personId);
    expect(second.person.identityNumber.keyId).toBe(first.personId);
    expect(await openIdentityNumber(h.app.personalDataKeys, second.person.identityNumber)).toMatch(/^43010219900307\d{3}[\dX]$/);
  });

  it('names every missing and unknown field with 400', async () => {
    expect(fields(await refused(() => award({ extra: 1 }), 400))).toEqual(['enterpriseId', 'extra', 'identityNumber', 'months', 'personName', 'tier']);
  });

  it.each([
    [['tier'], { tier: 'doctor' }],
    [['housingSubsidyFen', 'monthlyAllowanceFen'], { tier: 'custom' }],
    [['monthlyAllowanceFen'], { tier: 'custom', housingSubsidyFen: 5_000_000 }],
    [['housingSubsidyFen'], { housingSubsidyFen: 5_000_000 }],
    [['monthlyAllowanceFen'], { tier: 'custom', housingSubsidyFen: 5_000_000, monthlyAllowanceFen: 0 }],
    [['months'], { months: 1.5 }],
    [['months'], { months: -1 }],
    [['months'], { months: '36' }],
    [['personName'], { personName: ' ' }],
    [['identityNumber'], { identityNumber: 430102199003071234 }],
    [['personId'], { personId: 'person/1' }],
  ])('refuses a bad %j with 400 naming it: %j', async (named, overrides) => {
    const body = given.awardBody('any-firm', overrides);
    expect(fields(await refused(() => award(body), 400))).toEqual(named);
  });

  it('refuses If-Match on an award with 400', async () => {
    const body = given.awardBody(await given.firm());
    expect(fields(await refused(() => award(body).set('If-Match', 'W/"0"'), 400))).toEqual(['If-Match']);
  });

  it('refuses any role but a manager with 403', async () => {
    const body = given.awardBody(await given.firm());
    for (const actor of [actors.agent, actors.finance, actors.admin]) await refused(() => award(body, actor), 403);
  });

  const refusals: [code: string, overrides: () => Promise<object>][] = [
    ['invalid-identity-number', async () => ({ identityNumber: '430102199003071235' })],
    ['invalid-identity-number', async () => ({ identityNumber: '43010219900307123' })],
    ['invalid-identity-number', async () => ({ identityNumber: '430102199002301234' })],
    ['invalid-months', async () => ({ months: 0 })],
    ['invalid-months', async () => ({ months: 361 })],
    ['enterprise-not-found', async () => ({ enterpriseId: 'no-such-firm' })],
    ['enterprise-blacklisted', async () => ({ enterpriseId: await blacklistedFirm() })],
    ['enterprise-deregistered', async () => ({ enterpriseId: await deregisteredFirm() })],
    ['personal-data-erased', async () => ({ personId: await erasedPerson() })],
  ];
  async function blacklistedFirm(): Promise<string> {
    const firmId = await given.firm();
    await post(actors.manager, `/api/enterprises/${firmId}/blacklist`, { reason: '提供虚假材料', evidence: '核查记录' }).expect(200);
    return firmId;
  }
  async function deregisteredFirm(): Promise<string> {
    const firmId = await given.firm();
    await post(actors.agent, `/api/enterprises/${firmId}/deregistration`, { reason: '歇业' }).expect(200);
    return firmId;
  }
  async function erasedPerson(): Promise<string> {
    const { personId } = await given.grant();
    await post(actors.admin, `/api/people/${personId}/erasure`).expect(200);
    return personId;
  }

  it.each(refusals)('refuses %s with 422 and writes nothing', async (code, overrides) => {
    const body = given.awardBody(await given.firm(), await overrides());
    expect(await refused(() => award(body), 422)).toMatchObject({ status: 422, code });
  });

  it('makes no key for the person of a refused award', async () => {
    const body = given.awardBody(await blacklistedFirm(), { personId: 'person-refused-1' });
    await refused(() => award(body), 422);
    expect(await h.app.personalDataKeys.find('person-refused-1')).toBeUndefined();
  });

  it('awards once for a retried Idempotency-Key, and refuses the key with another body', async () => {
    const body = given.awardBody(await given.firm());
    const first = await award(body).set('Idempotency-Key', 'award-1').expect(201);
    const head = await h.app.events.headPosition();
    const again = await award(body).set('Idempotency-Key', 'award-1').expect(201);
    expect([again.body, again.headers['location']]).toEqual([first.body, first.headers['location']]);
    expect(await h.app.events.headPosition()).toBe(head);
    expect(await refused(() => award({ ...body, months: 12 }).set('Idempotency-Key', 'award-1'), 422)).toMatchObject({ code: 'idempotency-key-reused' });
  });
});

describe('POST /api/talent-grants/:id/housing-payment', () => {
  it('records the housing subsidy paid, in full', async () => {
    const { talentId } = await given.grant();
    expect((await payHousing(talentId).expect(200)).body).toEqual({ id: talentId, revision: 1 });
    expect((await history(talentId))[1]).toMatchObject({ type: 'HousingSubsidyPaid', data: { amountFen: 20_000_000, paidBy: actors.finance.id, paidAt: h.clock.now() } });
  });

  it('refuses the officer who awarded the grant with 422 awarder-may-not-pay', async () => {
    const officer = 'officer-talent-1';
    const { talentId } = await given.grant('awarded', { awarder: { id: officer, role: 'manager' } });
    expect(await refused(() => payHousing(talentId, { id: officer, role: 'finance' }), 422)).toMatchObject({ code: 'awarder-may-not-pay' });
    await payHousing(talentId).expect(200);
  });

  it.each([
    ['housing-subsidy-already-paid', 'housing-paid'],
    ['talent-grant-suspended', 'suspended'],
    ['talent-grant-ended', 'ended'],
  ] as const)('refuses %s with 422 and writes nothing', async (code, stage) => {
    const { talentId } = await given.grant(stage);
    expect(await refused(() => payHousing(talentId), 422)).toMatchObject({ code });
  });

  it('answers 404 for a grant never awarded, and 400 for a body it does not take', async () => {
    await refused(() => payHousing('no-such-grant'), 404);
    const { talentId } = await given.grant();
    expect(fields(await refused(() => post(actors.finance, `/api/talent-grants/${talentId}/housing-payment`, { amountFen: 1 }), 400))).toEqual(['amountFen']);
  });

  it('pays once for a retried Idempotency-Key', async () => {
    const { talentId } = await given.grant();
    const first = await payHousing(talentId).set('Idempotency-Key', 'housing-1').expect(200);
    const head = await h.app.events.headPosition();
    expect((await payHousing(talentId).set('Idempotency-Key', 'housing-1').expect(200)).body).toEqual(first.body);
    expect(await h.app.events.headPosition()).toBe(head);
  });
});

describe('POST /api/talent-grants/:id/allowance-payments', () => {
  it('records a month paid from the day it falls due, with its due date and amount', async () => {
    const { talentId } = await given.grant();
    expect((await payMonth(talentId, 1).expect(200)).body).toEqual({ id: talentId, revision: 1 });
    expect((await history(talentId))[1]).toMatchObject({ type: 'MonthlyAllowancePaid', data: { month: 1, dueOn: '2026-03-02', amountFen: 200_000, paidBy: actors.finance.id } });
  });

  it('pays the months in order', async () => {
    const { talentId } = await awardedInJanuary();
    for (const month of [1, 2, 3]) await payMonth(talentId, month).expect(200);
    expect((await history(talentId)).slice(1).map((e) => e.data['dueOn'])).toEqual(['2026-01-02', '2026-02-02', '2026-03-02']);
  });

  it.each([[0.5], [-1], ['1'], [null]])('refuses month %j with 400 naming it', async (month) => {
    const { talentId } = await given.grant();
    expect(fields(await refused(() => payMonth(talentId, month), 400))).toEqual(['month']);
  });

  const refusals: [code: string, prepare: () => Promise<{ talentId: string; month: number }>][] = [
    ['invalid-allowance-month', async () => ({ ...(await given.grant()), month: 0 })],
    ['allowance-month-past-award', async () => ({ ...(await given.grant('awarded', { body: { months: 1 } })), month: 2 })],
    ['allowance-month-not-due', async () => ({ ...(await given.grant()), month: 2 })],
    ['allowance-month-out-of-order', async () => ({ ...(await awardedInJanuary()), month: 2 })],
    [
      'allowance-month-already-paid',
      async () => {
        const grant = await given.grant();
        await payMonth(grant.talentId, 1).expect(200);
        return { ...grant, month: 1 };
      },
    ],
    [
      // Suspended from 01-10 to 02-10: month 2, due 02-02, is not owed.
      'allowance-month-forfeited',
      async () => {
        const grant = await awardedInJanuary();
        await at('2026-01-10T02:00:00.000Z', () => suspend(grant.talentId).expect(200));
        await at('2026-02-10T02:00:00.000Z', () => resume(grant.talentId).expect(200));
        await payMonth(grant.talentId, 1).expect(200);
        return { ...grant, month: 2 };
      },
    ],
    ['talent-grant-suspended', async () => ({ ...(await given.grant('suspended')), month: 1 })],
    ['talent-grant-ended', async () => ({ ...(await given.grant('ended')), month: 1 })],
  ];

  it.each(refusals)('refuses %s with 422 and writes nothing', async (code, prepare) => {
    const { talentId, month } = await prepare();
    expect(await refused(() => payMonth(talentId, month), 422)).toMatchObject({ code });
  });

  it('refuses the officer who awarded the grant with 422 awarder-may-not-pay', async () => {
    const officer = 'officer-talent-2';
    const { talentId } = await given.grant('awarded', { awarder: { id: officer, role: 'manager' } });
    expect(await refused(() => payMonth(talentId, 1, { id: officer, role: 'finance' }), 422)).toMatchObject({ code: 'awarder-may-not-pay' });
  });

  it('refuses a stale If-Match with 412', async () => {
    const { talentId } = await given.grant('housing-paid');
    expect(await refused(() => payMonth(talentId, 1).set('If-Match', 'W/"0"'), 412)).toMatchObject({ code: 'stale-revision', currentRevision: 1 });
    await payMonth(talentId, 1).set('If-Match', 'W/"1"').expect(200);
  });

  it('pays a month once for a retried Idempotency-Key', async () => {
    const { talentId } = await given.grant();
    const first = await payMonth(talentId, 1).set('Idempotency-Key', 'month-1').expect(200);
    const head = await h.app.events.headPosition();
    expect((await payMonth(talentId, 1).set('Idempotency-Key', 'month-1').expect(200)).body).toEqual(first.body);
    expect(await h.app.events.headPosition()).toBe(head);
  });
});

describe('suspension, resumption and ending', () => {
  it('suspends with a reason, resumes, and ends with a reason', async () => {
    const { talentId } = await given.grant();
    expect((await suspend(talentId).expect(200)).body).toEqual({ id: talentId, revision: 1 });
    expect((await resume(talentId).expect(200)).body).toEqual({ id: talentId, revision: 2 });
    expect((await end(talentId).expect(200)).body).toEqual({ id: talentId, revision: 3 });
    expect((await history(talentId)).map((e) => [e.type, e.data['reason']])).toEqual([
      ['TalentGrantAwarded', undefined],
      ['TalentGrantSuspended', '离开本区'],
      ['TalentGrantResumed', undefined],
      ['TalentGrantEnded', '合同期满'],
    ]);
  });

  it.each([
    ['talent-grant-already-suspended', 'suspended', suspend],
    ['talent-grant-not-suspended', 'awarded', resume],
    ['talent-grant-ended', 'ended', suspend],
    ['talent-grant-ended', 'ended', resume],
    ['talent-grant-ended', 'ended', end],
  ] as const)('refuses %s with 422 and writes nothing', async (code, stage, command) => {
    const { talentId } = await given.grant(stage);
    expect(await refused(() => command(talentId), 422)).toMatchObject({ code });
  });

  it('refuses a missing or blank reason with 400 naming it', async () => {
    const { talentId } = await given.grant();
    for (const body of [{}, { reason: '  ' }]) {
      expect(fields(await refused(() => post(actors.manager, `/api/talent-grants/${talentId}/suspension`, body), 400))).toEqual(['reason']);
    }
  });

  it('answers 404 for a grant never awarded', async () => {
    for (const command of [suspend, resume, end]) await refused(() => command('no-such-grant'), 404);
  });

  it('refuses finance with 403: suspending is a manager decision', async () => {
    const { talentId } = await given.grant();
    await refused(() => post(actors.finance, `/api/talent-grants/${talentId}/suspension`, { reason: '离开本区' }), 403);
  });
});
