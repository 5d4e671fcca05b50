import { actors, enterpriseUser, startHarness, type Harness } from '../support/http-harness';
import { registration } from '../support/registration';

let h: Harness;
const firms: Record<string, string> = {};

beforeAll(async () => {
  h = await startHarness();
  const register = async (key: string, serial: number, by: { id: string; role: 'agent' }, overrides: object = {}) => {
    const res = await h.as(by).post('/api/enterprises', { ...registration(serial), ...overrides }).expect(201);
    firms[key] = res.body.id;
    h.clock.advance(60 * 60_000);
  };
  await register('cloud', 1, actors.agent, { name: '常德云帆科技有限公司', township: '穿紫河街道' });
  await register('farm', 2, actors.agent, { name: '常德丹洲农业发展有限公司', township: '丹洲乡', park: null, industry: 'A01' });
  await register('logistics', 3, actors.otherAgent, { name: '常德芙蓉物流有限公司', township: '芙蓉街道', industry: 'G54' });
  for (let serial = 10; serial < 16; serial += 1) await register(`extra-${serial}`, serial, { id: 'a-3', role: 'agent' });
  h.clock.set('2026-03-10T02:00:00.000Z');
  await h.as(actors.agent).post(`/api/enterprises/${firms['cloud']}/licence`).expect(200);
  h.clock.set('2026-03-20T02:00:00.000Z');
  await h.as(actors.manager).post(`/api/enterprises/${firms['cloud']}/blacklist`, { reason: '提供虚假材料', evidence: '核查记录' }).expect(200);
  await h.settle();
});
afterAll(() => h.close());

const ids = (body: { items: { id: string }[] }): string[] => body.items.map((item) => item.id);

describe('GET /api/enterprises', () => {
  it('lists firms newest first for staff, with filters by agent, township, status and text', async () => {
    const all = (await h.as(actors.manager).get('/api/enterprises').expect(200)).body;
    expect(all.items).toHaveLength(9);
    expect(all.nextCursor).toBeNull();
    expect(all.items[0]).not.toHaveProperty('_id');
    expect(all.items[0]).not.toHaveProperty('_position');
    expect(ids((await h.as(actors.manager).get('/api/enterprises?agentId=a-2').expect(200)).body)).toEqual([firms['logistics']]);
    expect(ids((await h.as(actors.admin).get(`/api/enterprises?township=${encodeURIComponent('丹洲乡')}`).expect(200)).body)).toEqual([firms['farm']]);
    await h.as(actors.finance).get('/api/enterprises').expect(403);
    expect(ids((await h.as(actors.admin).get('/api/enterprises?status=licensed').expect(200)).body)).toEqual([firms['cloud']]);
    expect(ids((await h.as(actors.admin).get(`/api/enterprises?q=${encodeURIComponent('物流')}`).expect(200)).body)).toEqual([firms['logistics']]);
    const code = registration(2).creditCode;
    expect(ids((await h.as(actors.admin).get(`/api/enterprises?q=${code.slice(0, 12).toLowerCase()}`).expect(200)).body)).toContain(firms['farm']);
  });

  it('pages with an opaque cursor, never repeating or skipping', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const res = await h.as(actors.admin).get(`/api/enterprises?limit=4${query}`).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(4);
      seen.push(...ids(res.body));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
    expect((await h.as(actors.admin).get('/api/enterprises?cursor=forged').expect(400)).body.errors[0]).toMatchObject({ in: 'query', field: 'cursor' });
  });

  it('shows an agent only the firms assigned to them', async () => {
    const mine = ids((await h.as(actors.agent).get('/api/enterprises').expect(200)).body);
    expect(mine.sort()).toEqual([firms['cloud'], firms['farm']].sort());
    expect(ids((await h.as(actors.agent).get('/api/enterprises?agentId=me').expect(200)).body).sort()).toEqual(mine.sort());
    await h.as(actors.agent).get('/api/enterprises?agentId=a-2').expect(403);
  });

  it('shows an enterprise user only its own firm', async () => {
    expect(ids((await h.as(enterpriseUser(firms['farm']!)).get('/api/enterprises').expect(200)).body)).toEqual([firms['farm']]);
  });

  it('validates the query: limit, status, unknown parameters', async () => {
    const res = await h.as(actors.admin).get('/api/enterprises?limit=501&status=closed&colour=red').expect(400);
    expect((res.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['colour', 'limit', 'status']);
  });

  it('answers as the records stood at asOf', async () => {
    const before = (await h.as(actors.manager).get('/api/enterprises?asOf=2026-03-02T04:30:00Z').expect(200)).body;
    expect(ids(before).sort()).toEqual([firms['cloud'], firms['farm'], firms['logistics']].sort());
    const licensedThen = await h.as(actors.manager).get('/api/enterprises?status=licensed&asOf=2026-03-05T00:00:00Z').expect(200);
    expect(licensedThen.body.items).toEqual([]);
    await h.as(actors.manager).get('/api/enterprises?asOf=yesterday').expect(400);
  });
});

describe('GET /api/enterprises/{id}', () => {
  it('shows the profile with its revision as ETag', async () => {
    const res = await h.as(actors.agent).get(`/api/enterprises/${firms['cloud']}`).expect(200);
    expect(res.headers['etag']).toBe('W/"3"');
    expect(res.body).toMatchObject({
      id: firms['cloud'],
      name: '常德云帆科技有限公司',
      status: 'licensed',
      agentId: 'a-1',
      owners: [{ agentId: 'a-1' }],
      blacklisted: true,
      blacklist: { reason: '提供虚假材料', evidence: '核查记录' },
      flags: ['blacklisted'],
      revision: 3,
    });
  });

  it('shows the profile as it stood at asOf', async () => {
    const res = await h.as(actors.manager).get(`/api/enterprises/${firms['cloud']}?asOf=2026-03-15T00:00:00Z`).expect(200);
    expect(res.body).toMatchObject({ status: 'licensed', blacklisted: false, revision: 2 });
    await h.as(actors.manager).get(`/api/enterprises/${firms['cloud']}?asOf=2026-01-01T00:00:00Z`).expect(404);
  });

  it('hides other firms from an enterprise user and refuses other agents', async () => {
    await h.as(enterpriseUser(firms['cloud']!)).get(`/api/enterprises/${firms['cloud']}`).expect(200);
    await h.as(enterpriseUser(firms['cloud']!)).get(`/api/enterprises/${firms['farm']}`).expect(404);
    await h.as(enterpriseUser(firms['cloud']!)).get('/api/enterprises/does-not-exist').expect(404);
    await h.as(actors.otherAgent).get(`/api/enterprises/${firms['cloud']}`).expect(403);
    await h.as(actors.manager).get('/api/enterprises/does-not-exist').expect(404);
  });
});

describe('GET /api/enterprises/{id}/timeline', () => {
  it('gives the whole service history newest first, with summaries in Chinese and English', async () => {
    const res = await h.as(enterpriseUser(firms['cloud']!)).get(`/api/enterprises/${firms['cloud']}/timeline`).expect(200);
    expect(res.body.items.map((e: { type: string }) => e.type)).toEqual(['EnterpriseBlacklisted', 'LicenceIssued', 'ConciergeAssigned', 'EnterpriseRegistered']);
    expect(res.body.items[0].summary).toEqual({ zh: '列入失信名单：提供虚假材料', en: 'Blacklisted: 提供虚假材料' });
    expect(res.body.items[3]).toMatchObject({ actor: { id: 'a-1', role: 'agent' }, occurredAt: '2026-03-02T02:00:00.000Z', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('pages, answers asOf, and keeps finance and other firms out', async () => {
    const first = await h.as(actors.manager).get(`/api/enterprises/${firms['cloud']}/timeline?limit=3`).expect(200);
    const rest = await h.as(actors.manager).get(`/api/enterprises/${firms['cloud']}/timeline?limit=3&cursor=${first.body.nextCursor}`).expect(200);
    expect([...first.body.items, ...rest.body.items]).toHaveLength(4);
    expect(rest.body.nextCursor).toBeNull();
    const then = await h.as(actors.manager).get(`/api/enterprises/${firms['cloud']}/timeline?asOf=2026-03-15T00:00:00Z`).expect(200);
    expect(then.body.items).toHaveLength(3);
    await h.as(actors.finance).get(`/api/enterprises/${firms['cloud']}/timeline`).expect(403);
    await h.as(enterpriseUser(firms['farm']!)).get(`/api/enterprises/${firms['cloud']}/timeline`).expect(404);
  });
});

describe('GET /api/enterprises/{id}/events', () => {
  it('gives managers the raw events with their hash chain', async () => {
    const res = await h.as(actors.manager).get(`/api/enterprises/${firms['cloud']}/events`).expect(200);
    const events = res.body.items as { revision: number; metadata: { hash: string; previousHash: string | null } }[];
    expect(events.map((e) => e.revision)).toEqual([0, 1, 2, 3]);
    expect(events[0]!.metadata.previousHash).toBeNull();
    expect(events[1]!.metadata.previousHash).toBe(events[0]!.metadata.hash);
    const paged = await h.as(actors.admin).get(`/api/enterprises/${firms['cloud']}/events?limit=3`).expect(200);
    const next = await h.as(actors.admin).get(`/api/enterprises/${firms['cloud']}/events?limit=3&cursor=${paged.body.nextCursor}`).expect(200);
    expect(next.body.items.map((e: { revision: number }) => e.revision)).toEqual([3]);
  });

  it('is for managers and admins only', async () => {
    await h.as(actors.agent).get(`/api/enterprises/${firms['cloud']}/events`).expect(403);
    await h.as(actors.finance).get(`/api/enterprises/${firms['cloud']}/events`).expect(403);
    await h.as(actors.manager).get('/api/enterprises/nope/events').expect(404);
  });
});
