import request from 'supertest';
import { actorOf, signTokenNow, startHarness, type Harness } from '../support/http-harness';

describe('the job dashboard at /admin/queues', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it('is for admins only', async () => {
    const anonymous = await request(harness.http).get('/admin/queues');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.detail).toContain('?token=');
    expect((await request(harness.http).get('/admin/queues').set('Authorization', 'Bearer not-a-token')).status).toBe(401);
    for (const role of ['agent', 'manager', 'finance'] as const) {
      expect((await request(harness.http).get('/admin/queues').set('Authorization', `Bearer ${signTokenNow(actorOf(role))}`)).status).toBe(403);
    }
    const admin = await request(harness.http).get('/admin/queues').set('Authorization', `Bearer ${signTokenNow(actorOf('admin'))}`);
    expect(admin.status).toBe(200);
    expect(admin.body).toEqual({ counts: { pending: 0, active: 0, completed: 0, failed: 0 }, failed: [] });
  });

  it('takes a token from the address once, keeps it in an HttpOnly cookie and drops it from the address', async () => {
    const token = signTokenNow(actorOf('admin'));
    const opened = await request(harness.http).get(`/admin/queues?token=${token}`);
    expect(opened.status).toBe(303);
    expect(opened.headers['location']).toBe('/admin/queues');
    const cookie = opened.headers['set-cookie']![0]!;
    expect(cookie).toMatch(/^concierge_admin=.+; Path=\/admin\/queues; HttpOnly; SameSite=Strict$/);
    const followed = await request(harness.http).get('/admin/queues').set('Cookie', cookie.split(';')[0]!);
    expect(followed.status).toBe(200);
    expect((await request(harness.http).get(`/admin/queues?token=${signTokenNow(actorOf('agent'))}`)).status).toBe(403);
  });
});
