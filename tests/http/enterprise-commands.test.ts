import { enterpriseStream } from '../../src/domain/enterprise/enterprise';
import { creditCode } from '../support/credit-codes';
import request from 'supertest';
import { actors, signTokenNow, startHarness, type Harness } from '../support/http-harness';
import { registration } from '../support/registration';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

let serial = 100;
const body = (overrides: object = {}) => ({ ...registration((serial += 1)), ...overrides });

async function registered(by = actors.agent): Promise<string> {
  const res = await h.as(by).post('/api/enterprises', body()).expect(201);
  return res.body.id as string;
}

describe('POST /api/enterprises', () => {
  it('registers a firm: 201 with id, revision, ETag and Location', async () => {
    const res = await h.as(actors.agent).post('/api/enterprises', body()).expect(201);
    expect(res.body).toEqual({ id: expect.any(String), revision: 1 });
    expect(res.headers['etag']).toBe('W/"1"');
    expect(res.headers['location']).toBe(`/api/enterprises/${res.body.id}`);
    const events = await h.app.events.readStream(enterpriseStream(res.body.id));
    expect(events.map((e) => e.type)).toEqual(['EnterpriseRegistered', 'ConciergeAssigned']);
  });

  it('names every missing and unknown field with 400 and writes nothing', async () => {
    const head = await h.app.events.headPosition();
    const res = await h.as(actors.agent).post('/api/enterprises', { name: '', extra: 1 }).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const fields = (res.body.errors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['channel', 'creditCode', 'extra', 'industry', 'legalRepresentative', 'name', 'registeredCapitalFen', 'township'].sort());
    expect(res.body).toMatchObject({ status: 400, type: 'urn:concierge:problem:invalid-request', title: 'Invalid request' });
    expect(await h.app.events.headPosition()).toBe(head);
  });

  it.each([
    ['creditCode', { creditCode: creditCode(5).slice(0, 17) + (creditCode(5).endsWith('1') ? '2' : '1') }, 'check character'],
    ['creditCode', { creditCode: '91430702ABC' }, '18 characters'],
    ['registeredCapitalFen', { registeredCapitalFen: 12.5 }, 'whole number of fen'],
    ['registeredCapitalFen', { registeredCapitalFen: -1 }, 'must not be negative'],
    ['township', { township: '朝阳区' }, 'townships'],
    ['park', { park: '中关村' }, 'park'],
    ['industry', { industry: 'software' }, 'GB/T 4754'],
    ['channel', { channel: 'fax' }, 'online or window'],
  ])('refuses a bad %s with 400 naming it', async (field, overrides, message) => {
    const res = await h.as(actors.agent).post('/api/enterprises', body(overrides)).expect(400);
    expect(res.body.errors).toEqual([{ in: 'body', field, message: expect.stringContaining(message) }]);
  });

  it('refuses malformed JSON, a body over 1 MiB and a body that is not JSON', async () => {
    const malformed = await h.as(actors.agent).post('/api/enterprises').set('Content-Type', 'application/json').send('{"name": ').expect(400);
    expect(malformed.body.type).toBe('urn:concierge:problem:malformed-json');
    await h.as(actors.agent).post('/api/enterprises', { ...body(), name: 'x'.repeat(1024 * 1024 + 10) }).expect(413);
    await h.as(actors.agent).post('/api/enterprises').set('Content-Type', 'text/plain').send('name=x').expect(415);
  });

  it('refuses a second firm with the same credit code with 422', async () => {
    const first = body();
    await h.as(actors.agent).post('/api/enterprises', first).expect(201);
    const res = await h.as(actors.otherAgent).post('/api/enterprises', { ...body(), creditCode: first.creditCode }).expect(422);
    expect(res.body).toMatchObject({ code: 'credit-code-taken', status: 422 });
  });

  it('answers a retry with the same Idempotency-Key as the first time and writes one registration', async () => {
    const request = body();
    const first = await h.as(actors.agent).post('/api/enterprises', request).set('Idempotency-Key', 'reg-1').expect(201);
    const head = await h.app.events.headPosition();
    const retry = await h.as(actors.agent).post('/api/enterprises', request).set('Idempotency-Key', 'reg-1').expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['location']).toBe(first.headers['location']);
    expect(await h.app.events.headPosition()).toBe(head);
    const other = await h.as(actors.agent).post('/api/enterprises', body()).set('Idempotency-Key', 'reg-1').expect(422);
    expect(other.body.code).toBe('idempotency-key-reused');
    const registrations = await h.app.events.readAll({ filter: { eventTypes: ['EnterpriseRegistered'] }, maxCount: 10_000 });
    expect(registrations.events.filter((e) => e.data['creditCode'] === request.creditCode)).toHaveLength(1);
  });

  it('refuses If-Match on a registration: there is no revision yet', async () => {
    const res = await h.as(actors.agent).post('/api/enterprises', body()).set('If-Match', 'W/"0"').expect(400);
    expect(res.body.errors).toEqual([{ in: 'header', field: 'If-Match', message: 'does not apply to a registration' }]);
  });

  it('keeps Idempotency-Keys per caller: another caller with the same key gets its own answer', async () => {
    const request = body();
    await h.as(actors.agent).post('/api/enterprises', request).set('Idempotency-Key', 'shared').expect(201);
    const rival = await h.as(actors.otherAgent).post('/api/enterprises', request).set('Idempotency-Key', 'shared').expect(422);
    expect(rival.body.code).toBe('credit-code-taken');
  });

  it('requires a valid bearer token', async () => {
    await request(h.http).post('/api/enterprises').send(body()).expect(401);
    const res = await request(h.http).get('/api/enterprises').set('Authorization', 'Bearer not-a-token').expect(401);
    expect(res.body.type).toBe('urn:concierge:problem:unauthorized');
    const expired = signTokenNow(actors.agent, undefined, -60);
    await request(h.http).get('/api/enterprises').set('Authorization', `Bearer ${expired}`).expect(401);
    const forged = signTokenNow(actors.agent, 'another-secret-of-more-than-32-characters!');
    await request(h.http).get('/api/enterprises').set('Authorization', `Bearer ${forged}`).expect(401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
  });
});

describe('the firm lifecycle', () => {
  it('issues the licence once, honouring If-Match', async () => {
    const id = await registered();
    await h.as(actors.agent).post(`/api/enterprises/${id}/licence`).set('If-Match', 'W/"0"').expect(412);
    const res = await h.as(actors.agent).post(`/api/enterprises/${id}/licence`).set('If-Match', 'W/"1"').expect(200);
    expect(res.body).toEqual({ id, revision: 2 });
    expect(res.headers['etag']).toBe('W/"2"');
    const again = await h.as(actors.agent).post(`/api/enterprises/${id}/licence`).expect(422);
    expect(again.body.code).toBe('licence-already-issued');
    await h.as(actors.agent).post(`/api/enterprises/${id}/licence`).set('If-Match', 'three').expect(400);
  });

  it('issues the starter kit after the licence', async () => {
    const id = await registered();
    expect((await h.as(actors.agent).post(`/api/enterprises/${id}/starter-kit`, { costFen: 40_000 }).expect(422)).body.code).toBe('licence-required');
    await h.as(actors.agent).post(`/api/enterprises/${id}/licence`).expect(200);
    await h.as(actors.agent).post(`/api/enterprises/${id}/starter-kit`, { costFen: 'lots' }).expect(400);
    await h.as(actors.agent).post(`/api/enterprises/${id}/starter-kit`, { costFen: 40_000 }).expect(200);
    expect((await h.as(actors.agent).post(`/api/enterprises/${id}/starter-kit`, { costFen: 40_000 }).expect(422)).body.code).toBe('starter-kit-already-issued');
  });

  it('lets a manager reassign the firm; the old agent then loses it', async () => {
    const id = await registered();
    await h.as(actors.agent).post(`/api/enterprises/${id}/concierge`, { agentId: 'a-2' }).expect(403);
    await h.as(actors.manager).post(`/api/enterprises/${id}/concierge`, { agentId: 'a-2' }).expect(200);
    await h.as(actors.agent).post(`/api/enterprises/${id}/licence`).expect(403);
    await h.as(actors.otherAgent).post(`/api/enterprises/${id}/licence`).expect(200);
  });

  it('blacklists with reason and evidence, lifts it, and refuses doing either twice', async () => {
    const id = await registered();
    await h.as(actors.manager).post(`/api/enterprises/${id}/blacklist`, { reason: '提供虚假材料' }).expect(400);
    await h.as(actors.manager).post(`/api/enterprises/${id}/blacklist`, { reason: '提供虚假材料', evidence: '核查记录 2026-031' }).expect(200);
    expect((await h.as(actors.manager).post(`/api/enterprises/${id}/blacklist`, { reason: 'x', evidence: 'y' }).expect(422)).body.code).toBe('already-blacklisted');
    await h.as(actors.manager).post(`/api/enterprises/${id}/blacklist-lifting`, { reason: '信用修复完成' }).expect(200);
    expect((await h.as(actors.manager).post(`/api/enterprises/${id}/blacklist-lifting`, { reason: 'again' }).expect(422)).body.code).toBe('not-blacklisted');
  });

  it('deregisters the firm; nothing new may be opened for it after', async () => {
    const id = await registered();
    await h.as(actors.agent).post(`/api/enterprises/${id}/deregistration`, { reason: '歇业' }).expect(200);
    expect((await h.as(actors.agent).post(`/api/enterprises/${id}/licence`).expect(422)).body.code).toBe('enterprise-deregistered');
  });

  it('answers 404 for a firm that does not exist', async () => {
    const res = await h.as(actors.manager).post('/api/enterprises/no-such-firm/blacklist', { reason: 'x', evidence: 'y' }).expect(404);
    expect(res.body.type).toBe('urn:concierge:problem:not-found');
  });
});
