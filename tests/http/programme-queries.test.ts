import { enterpriseDecider, enterpriseStream } from '../../src/domain/enterprise/enterprise';
import { programmeDecider, programmeStream } from '../../src/domain/programme/programme';
import { actors, enterpriseUser, startHarness, type Harness } from '../support/http-harness';
import { registration } from '../support/registration';
import { officers, SubsidyFlows } from '../support/subsidy-flows';

let h: Harness;
let flows: SubsidyFlows;
const programmes: Record<string, string> = {};
const firms: Record<string, string> = {};

beforeAll(async () => {
  h = await startHarness();
  flows = new SubsidyFlows({ commands: h.app.commands, events: h.app.events, clock: h.clock });
  const register = async (key: string, serial: number, agentId: string, overrides: object = {}) => {
    firms[key] = (await h.app.registration.register(registration(serial, overrides), { id: agentId, role: 'agent' })).enterpriseId;
  };
  await register('cloud', 1, 'a-1');
  await register('farm', 2, 'a-1', { industry: 'A01', township: '丹洲乡', park: null });
  await register('software', 3, 'a-2', { park: null });
  await register('blacklisted', 4, 'a-1');
  await register('closed', 5, 'a-2');
  await h.app.commands.handle(enterpriseDecider, enterpriseStream(firms['blacklisted']!), { type: 'BlacklistEnterprise', reason: '提供虚假材料', evidence: '核查记录' }, officers.manager);
  await h.app.commands.handle(enterpriseDecider, enterpriseStream(firms['closed']!), { type: 'DeregisterEnterprise', reason: '歇业' }, officers.manager);

  programmes['software'] = await flows.publishProgramme({ name: '软件和信息服务业扶持', kind: 'award', eligibility: { industries: ['I65'], townships: ['穿紫河街道'], parks: [], minAgeMonths: 0 } });
  h.clock.advance(60_000);
  programmes['park'] = await flows.publishProgramme({ name: '移动互联网产业园扶持资金', kind: 'mobile-internet-park', eligibility: { industries: [], townships: [], parks: ['武陵移动互联网产业园'], minAgeMonths: 1 } });
  h.clock.advance(60_000);
  programmes['relief'] = await flows.publishProgramme({ name: '社保减免', kind: 'social-insurance-relief' });
  await h.app.commands.handle(programmeDecider, programmeStream(programmes['relief']!), { type: 'AdjustProgrammeBudget', budgetFen: 3_000_000_000, reason: '追加' }, officers.manager);
  h.clock.advance(60_000);
  await h.app.commands.handle(programmeDecider, programmeStream(programmes['relief']!), { type: 'CloseProgramme', reason: '额度用完' }, officers.manager);
  await h.settle();
});
afterAll(() => h.close());

const ids = (body: { items: { id: string }[] }): string[] => body.items.map((item) => item.id);

describe('GET /api/programmes', () => {
  it('lists programmes newest first, to every role, filtered by status and kind, as of any instant', async () => {
    for (const caller of [actors.agent, enterpriseUser(firms['cloud']!), actors.manager, actors.finance, actors.admin]) {
      expect(ids((await h.as(caller).get('/api/programmes').expect(200)).body)).toEqual([programmes['relief'], programmes['park'], programmes['software']]);
    }
    expect(ids((await h.as(actors.agent).get('/api/programmes?status=open').expect(200)).body)).toEqual([programmes['park'], programmes['software']]);
    expect(ids((await h.as(actors.agent).get('/api/programmes?kind=mobile-internet-park').expect(200)).body)).toEqual([programmes['park']]);
    const first = (await h.as(actors.agent).get('/api/programmes?limit=2').expect(200)).body;
    const second = (await h.as(actors.agent).get(`/api/programmes?limit=2&cursor=${first.nextCursor}`).expect(200)).body;
    expect([...ids(first), ...ids(second)]).toEqual([programmes['relief'], programmes['park'], programmes['software']]);
    expect(second.nextCursor).toBeNull();
    const firstPublished = (await h.as(actors.agent).get(`/api/programmes/${programmes['software']}`).expect(200)).body.publishedAt as string;
    expect(ids((await h.as(actors.agent).get(`/api/programmes?asOf=${firstPublished}`).expect(200)).body)).toEqual([programmes['software']]);
    const beforeClosing = new Date(Date.parse(firstPublished) + 150_000).toISOString();
    expect(ids((await h.as(actors.agent).get(`/api/programmes?status=open&asOf=${beforeClosing}`).expect(200)).body)).toEqual([programmes['relief'], programmes['park'], programmes['software']]);
    const res = await h.as(actors.agent).get('/api/programmes?status=paused&kind=lottery&limit=501').expect(400);
    expect((res.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['kind', 'limit', 'status']);
  });
});

describe('GET /api/programmes/:id', () => {
  it("reads a programme's terms and figures, with its revision as ETag", async () => {
    const res = await h.as(enterpriseUser(firms['farm']!)).get(`/api/programmes/${programmes['relief']}`).expect(200);
    expect(res.body).toMatchObject({
      id: programmes['relief'],
      name: '社保减免',
      kind: 'social-insurance-relief',
      status: 'closed',
      closure: { reason: '额度用完' },
      budgetFen: 3_000_000_000,
      remainingFen: 3_000_000_000,
      committedFen: 0,
      revision: 2,
    });
    expect(res.body).not.toHaveProperty('_id');
    expect(res.headers['etag']).toBe('W/"2"');
  });

  it('answers as the programme stood at asOf, and 404 for one that does not exist (or did not yet)', async () => {
    const published = (await h.as(actors.manager).get(`/api/programmes/${programmes['software']}`).expect(200)).body.publishedAt as string;
    const then = await h.as(actors.manager).get(`/api/programmes/${programmes['relief']}?asOf=${new Date(Date.parse(published) + 120_000).toISOString()}`).expect(200);
    expect(then.body).toMatchObject({ status: 'open', budgetFen: 3_000_000_000, closure: null });
    await h.as(actors.manager).get(`/api/programmes/${programmes['relief']}?asOf=${published}`).expect(404);
    await h.as(actors.finance).get('/api/programmes/no-such-programme').expect(404);
  });
});

describe('GET /api/programmes/:id/eligible-enterprises', () => {
  it('lists the firms its rules admit, never a blacklisted or deregistered one', async () => {
    expect(ids((await h.as(actors.manager).get(`/api/programmes/${programmes['software']}/eligible-enterprises`).expect(200)).body).sort()).toEqual(
      [firms['cloud'], firms['software']].sort(),
    );
    expect(ids((await h.as(actors.admin).get(`/api/programmes/${programmes['relief']}/eligible-enterprises`).expect(200)).body).sort()).toEqual(
      [firms['cloud'], firms['farm'], firms['software']].sort(),
    );
  });

  it('counts the firm age on the day asked: a month after registering, a firm qualifies', async () => {
    const park = `/api/programmes/${programmes['park']}/eligible-enterprises`;
    expect(ids((await h.as(actors.manager).get(park).expect(200)).body)).toEqual([]);
    expect(ids((await h.as(actors.manager).get(`${park}?asOf=2026-04-01T15:59:59Z`).expect(200)).body)).toEqual([]);
    h.clock.set('2026-04-02T02:00:00.000Z');
    expect(ids((await h.as(actors.manager).get(park).expect(200)).body)).toEqual([firms['cloud']]);
  });

  it('shows an agent only the firms assigned to them, and an enterprise user only its own', async () => {
    const path = `/api/programmes/${programmes['relief']}/eligible-enterprises`;
    expect(ids((await h.as(actors.agent).get(path).expect(200)).body).sort()).toEqual([firms['cloud'], firms['farm']].sort());
    expect(ids((await h.as(actors.otherAgent).get(path).expect(200)).body)).toEqual([firms['software']]);
    expect(ids((await h.as(enterpriseUser(firms['farm']!)).get(path).expect(200)).body)).toEqual([firms['farm']]);
    expect(ids((await h.as(enterpriseUser(firms['blacklisted']!)).get(path).expect(200)).body)).toEqual([]);
    await h.as(actors.finance).get(path).expect(403);
  });

  it('pages, validates, and says 404 for a programme that does not exist', async () => {
    const path = `/api/programmes/${programmes['relief']}/eligible-enterprises`;
    const first = (await h.as(actors.manager).get(`${path}?limit=2`).expect(200)).body;
    const second = (await h.as(actors.manager).get(`${path}?limit=2&cursor=${first.nextCursor}`).expect(200)).body;
    expect(new Set([...ids(first), ...ids(second)]).size).toBe(3);
    expect(second.nextCursor).toBeNull();
    await h.as(actors.manager).get(`${path}?limit=0`).expect(400);
    await h.as(actors.manager).get('/api/programmes/no-such-programme/eligible-enterprises').expect(404);
  });
});
