import request from 'supertest';
import { AUTH_SECRET, startHarness, type Harness } from '../support/http-harness';
import { registration } from '../support/registration';

const signIn = (h: Harness, body: object) => request(h.http).post('/api/demo/sign-in').send(body);

describe('demo sign-in while the server signs with a secret it generated itself', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({});
  });
  afterAll(() => h.close());

  it("lists the seed's staff, and a user of each agent's oldest firm still in business", async () => {
    const agent = (await signIn(h, { userId: 'a-1' }).expect(200)).body.token as string;
    const older = await request(h.http).post('/api/enterprises').set('Authorization', `Bearer ${agent}`).send(registration(1)).expect(201);
    h.clock.set('2026-03-03T02:00:00.000Z');
    await request(h.http).post('/api/enterprises').set('Authorization', `Bearer ${agent}`).send(registration(2)).expect(201);
    await h.settle();

    const users = (await request(h.http).get('/api/demo/users').expect(200)).body.items as { id: string; role: string; enterpriseId?: string }[];

    expect(users).toEqual(expect.arrayContaining([{ id: 'a-1', role: 'agent', name: '王晓燕' }, { id: 'm-1', role: 'manager', name: '郑国华' }, { id: 'f-1', role: 'finance', name: '钱芳' }]));
    expect(users.filter((user) => user.role === 'enterprise')).toEqual([
      { id: `u-${older.body.id}`, role: 'enterprise', name: registration(1).name, enterpriseId: older.body.id },
    ]);
  });

  it('answers a token the API accepts, for staff and for an enterprise user', async () => {
    const users = (await request(h.http).get('/api/demo/users').expect(200)).body.items as { id: string; enterpriseId?: string }[];
    const firmUser = users.find((user) => user.enterpriseId)!;

    const res = await signIn(h, { userId: firmUser.id }).expect(200);

    expect(res.body.user).toMatchObject({ id: firmUser.id, role: 'enterprise', enterpriseId: firmUser.enterpriseId });
    const profile = await request(h.http).get(`/api/enterprises/${firmUser.enterpriseId}`).set('Authorization', `Bearer ${res.body.token}`).expect(200);
    expect(profile.body.id).toBe(firmUser.enterpriseId);
  });

  it('refuses a missing user id with 400 naming the field, and an unknown one with 404', async () => {
    const missing = await signIn(h, {}).expect(400);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.body.errors).toEqual([{ in: 'body', field: 'userId', message: expect.any(String) }]);

    const unknown = await signIn(h, { userId: 'nobody' }).expect(404);
    expect(unknown.body).toMatchObject({ status: 404, detail: 'No demo user nobody' });
  });

  it('is documented in the OpenAPI document as taking no bearer token', async () => {
    const document = (await request(h.http).get('/openapi.json').expect(200)).body;
    expect(document.paths['/api/demo/sign-in'].post).toMatchObject({ operationId: 'signInAsDemoUser', security: [] });
    expect(document.paths['/api/demo/users'].get).toMatchObject({ operationId: 'listDemoUsers', security: [] });
  });
});

describe.each([
  ['AUTH_SECRET is set', { AUTH_SECRET }],
  ['AUTH_SECRET is set and DEMO_SIGN_IN=false', { AUTH_SECRET, DEMO_SIGN_IN: 'false' }],
  ['no AUTH_SECRET but DEMO_SIGN_IN=false', { DEMO_SIGN_IN: 'false' }],
])('demo sign-in when %s', (_label, env) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(env);
  });
  afterAll(() => h.close());

  it('answers 404 on both routes', async () => {
    await request(h.http).get('/api/demo/users').expect(404);
    const res = await signIn(h, { userId: 'a-1' }).expect(404);
    expect(res.body).toMatchObject({ status: 404 });
    expect(res.body.token).toBeUndefined();
  });
});

describe('demo sign-in with AUTH_SECRET and DEMO_SIGN_IN=true', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ AUTH_SECRET, DEMO_SIGN_IN: 'true' });
  });
  afterAll(() => h.close());

  it('signs with AUTH_SECRET', async () => {
    const { token } = (await signIn(h, { userId: 'm-1' }).expect(200)).body as { token: string };
    await request(h.http).get('/api/audit/integrity').set('Authorization', `Bearer ${token}`).expect(200);
  });
});
