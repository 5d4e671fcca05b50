import { programmeStream } from '../../src/domain/programme/programme';
import { actors, startHarness, type Harness } from '../support/http-harness';
import { programmePublication } from '../support/programme-publication';
import { refusedWritingNothing } from '../support/refused';
import { subsidyScenarios } from '../support/subsidy-scenarios';

let h: Harness;
let given: ReturnType<typeof subsidyScenarios>;
beforeAll(async () => {
  h = await startHarness();
  given = subsidyScenarios(h, 30_000);
});
afterAll(() => h.close());

const publish = (body: object) => h.as(actors.manager).post('/api/programmes', body);
const types = async (programmeId: string): Promise<string[]> => (await h.app.events.readStream(programmeStream(programmeId))).map((e) => e.type);

const refused = (send: () => PromiseLike<{ status: number; body: Record<string, unknown> }>, status: number) => refusedWritingNothing(h, send, status);

describe('POST /api/programmes', () => {
  it('publishes a programme: 201 with id, revision, ETag and Location, the rules left out admitting every firm', async () => {
    const { eligibility: _eligibility, ...withoutRules } = programmePublication();
    const res = await publish({ ...withoutRules, eligibility: { industries: ['I65'] } }).expect(201);
    expect(res.body).toEqual({ id: expect.any(String), revision: 0 });
    expect(res.headers['etag']).toBe('W/"0"');
    expect(res.headers['location']).toBe(`/api/programmes/${res.body.id}`);
    const [published] = await h.app.events.readStream(programmeStream(res.body.id));
    expect(published).toMatchObject({
      type: 'ProgrammePublished',
      data: { programmeId: res.body.id, budgetFen: 1_000_000, eligibility: { industries: ['I65'], townships: [], parks: [], minAgeMonths: 0 }, deferredAmountDueOn: null },
      metadata: { actorId: actors.manager.id, actorRole: 'manager' },
    });
  });

  it('publishes a deferral with the date its deferred amount falls due', async () => {
    const res = await publish(programmePublication({ kind: 'deferral', deferredAmountDueOn: '2027-06-30' })).expect(201);
    expect((await h.app.events.readStream(programmeStream(res.body.id)))[0]!.data).toMatchObject({ kind: 'deferral', deferredAmountDueOn: '2027-06-30' });
  });

  it('names every missing and unknown field with 400 and writes nothing', async () => {
    const body = await refused(() => publish({ name: ' ', extra: 1, eligibility: { sectors: [] } }), 400);
    const fields = (body['errors'] as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['budgetFen', 'capPerEnterpriseFen', 'eligibility.sectors', 'extra', 'kind', 'name', 'window'].sort());
  });

  it.each([
    ['kind', { kind: 'lottery' }, 'must be one of award'],
    ['budgetFen', { budgetFen: 10.5 }, 'whole number of fen'],
    ['capPerEnterpriseFen', { capPerEnterpriseFen: -1 }, 'must not be negative'],
    ['eligibility.industries.0', { eligibility: { industries: ['software'] } }, 'GB/T 4754'],
    ['eligibility.townships.0', { eligibility: { townships: ['朝阳区'] } }, 'townships'],
    ['eligibility.parks.0', { eligibility: { parks: ['中关村'] } }, 'park'],
    ['eligibility.minAgeMonths', { eligibility: { minAgeMonths: -3 } }, 'must not be negative'],
    ['window.closesOn', { window: { opensOn: '2026-01-01', closesOn: '2026-02-30' } }, 'calendar date'],
    ['deferredAmountDueOn', { kind: 'deferral', deferredAmountDueOn: '30/06/2027' }, 'calendar date'],
  ])('refuses a bad %s with 400 naming it', async (field, overrides, message) => {
    const body = await refused(() => publish({ ...programmePublication(), ...overrides }), 400);
    expect(body['errors']).toEqual([{ in: 'body', field, message: expect.stringContaining(message) }]);
  });

  it.each([
    ['invalid-amount', { budgetFen: 0 }],
    ['invalid-amount', { capPerEnterpriseFen: 0 }],
    ['invalid-window', { window: { opensOn: '2026-06-01', closesOn: '2026-05-31' } }],
    ['deferral-due-date-required', { kind: 'deferral' }],
    ['deferral-due-date-not-applicable', { kind: 'tax-relief', deferredAmountDueOn: '2027-06-30' }],
  ] as const)('refuses %s with 422 and writes nothing: %j', async (code, overrides) => {
    const body = await refused(() => publish(programmePublication(overrides)), 422);
    expect(body).toMatchObject({ status: 422, code });
  });

  it('refuses If-Match, which names no revision of a programme yet', async () => {
    const body = await refused(() => publish(programmePublication()).set('If-Match', 'W/"0"'), 400);
    expect(body['errors']).toEqual([{ in: 'header', field: 'If-Match', message: 'does not apply to a publication' }]);
  });

  it('publishes once for a retried Idempotency-Key, and refuses the key with another body', async () => {
    const first = await publish(programmePublication()).set('Idempotency-Key', 'publish-1').expect(201);
    const head = await h.app.events.headPosition();
    const retry = await publish(programmePublication()).set('Idempotency-Key', 'publish-1').expect(201);
    expect(retry.body).toEqual(first.body);
    expect(await h.app.events.headPosition()).toBe(head);
    const other = await refused(() => publish(programmePublication({ name: '另一个项目' })).set('Idempotency-Key', 'publish-1'), 422);
    expect(other['code']).toBe('idempotency-key-reused');
  });
});

describe('POST /api/programmes/:id/budget', () => {
  const adjust = (id: string, budgetFen: number) => h.as(actors.manager).post(`/api/programmes/${id}/budget`, { budgetFen, reason: '追加预算' });

  it('adjusts the budget: 200 with the new revision; the same budget again records nothing', async () => {
    const id = await given.programme();
    const res = await adjust(id, 2_000_000).expect(200);
    expect(res.body).toEqual({ id, revision: 1 });
    expect(res.headers['etag']).toBe('W/"1"');
    const again = await adjust(id, 2_000_000).expect(200);
    expect(again.body).toEqual({ id, revision: 1 });
    expect(await types(id)).toEqual(['ProgrammePublished', 'ProgrammeBudgetAdjusted']);
  });

  it('refuses a budget below what approvals have committed with 422 budget-below-committed', async () => {
    const { programmeId } = await given.approved(300_000);
    const body = await refused(() => adjust(programmeId, 299_999), 422);
    expect(body).toMatchObject({ code: 'budget-below-committed', errors: [{ in: 'body', field: 'budgetFen', message: expect.any(String) }] });
    await adjust(programmeId, 300_000).expect(200);
  });

  it('refuses a closed programme with 422 programme-closed', async () => {
    const id = await given.programme();
    await h.as(actors.manager).post(`/api/programmes/${id}/closure`, { reason: '资金用完' }).expect(200);
    expect(await refused(() => adjust(id, 5), 422)).toMatchObject({ code: 'programme-closed' });
  });

  it('answers 404 for a programme never published, 400 for a missing reason, 412 for a stale If-Match', async () => {
    await refused(() => adjust('no-such-programme', 5), 404);
    const id = await given.programme();
    const missing = await refused(() => h.as(actors.manager).post(`/api/programmes/${id}/budget`, { budgetFen: 5 }), 400);
    expect(missing['errors']).toEqual([{ in: 'body', field: 'reason', message: expect.any(String) }]);
    const stale = await refused(() => adjust(id, 5).set('If-Match', 'W/"3"'), 412);
    expect(stale).toMatchObject({ code: 'stale-revision', currentRevision: 0 });
  });
});

describe('POST /api/programmes/:id/closure', () => {
  it('closes a programme once; closing it again is refused with 422 programme-closed', async () => {
    const id = await given.programme();
    const res = await h.as(actors.manager).post(`/api/programmes/${id}/closure`, { reason: '资金用完' }).set('If-Match', 'W/"0"').expect(200);
    expect(res.body).toEqual({ id, revision: 1 });
    const again = await refused(() => h.as(actors.manager).post(`/api/programmes/${id}/closure`, { reason: '资金用完' }), 422);
    expect(again['code']).toBe('programme-closed');
    expect(await types(id)).toEqual(['ProgrammePublished', 'ProgrammeClosed']);
  });

  it('refuses every role but the manager with 403', async () => {
    const id = await given.programme();
    for (const actor of [actors.agent, actors.finance, actors.admin]) {
      await refused(() => h.as(actor).post(`/api/programmes/${id}/closure`, { reason: '资金用完' }), 403);
    }
  });
});
