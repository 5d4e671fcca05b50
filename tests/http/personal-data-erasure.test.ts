import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openIdentityNumber } from '../../src/app/personal-data/identity-number-sealing';
import { verifyChains } from '../../src/app/verify';
import type { Actor } from '../../src/domain/decider';
import { erasureStream } from '../../src/domain/erasure/erasure';
import type { TalentGrantAwarded } from '../../src/domain/talent/events';
import { talentStream } from '../../src/domain/talent/talent';
import { actors, startHarness, type Harness } from '../support/http-harness';
import { refusedWritingNothing } from '../support/refused';
import { talentScenarios } from '../support/talent-scenarios';

let h: Harness;
let given: ReturnType<typeof talentScenarios>;
beforeAll(async () => {
  h = await startHarness();
  given = talentScenarios(h, 80_000);
});
afterAll(() => h.close());

type Answer = { status: number; body: Record<string, unknown> };
const post = (actor: Actor, path: string, body: object = {}) => h.as(actor).post(path, body);
const refused = (send: () => PromiseLike<Answer>, status: number) => refusedWritingNothing(h, send, status);
const erase = (personId: string, admin: Actor = actors.admin) => post(admin, `/api/people/${personId}/erasure`);

const sealedNumberOf = async (talentId: string) => ((await h.app.events.readStream(talentStream(talentId)))[0]!.data as TalentGrantAwarded['data']).person.identityNumber;
const openNumberOf = async (talentId: string) => openIdentityNumber(h.app.personalDataKeys, await sealedNumberOf(talentId));

/** Every byte the embedded event store keeps on disk: its file and its write-ahead log. */
function eventStoreBytes(): Buffer {
  const file = join(h.app.config.DATA_DIR, 'events.db');
  return Buffer.concat([file, `${file}-wal`].filter(existsSync).map((path) => readFileSync(path)));
}

describe('POST /api/people/:personId/erasure', () => {
  it("erases a person's identity number from every grant of theirs, and leaves the rest of the history as it was", async () => {
    const firstBody = given.awardBody(await given.firm());
    const first = (await post(actors.manager, '/api/talent-grants', firstBody).expect(201)).body.id as string;
    const personId = await given.personOf(first);
    const second = (await post(actors.manager, '/api/talent-grants', given.awardBody(await given.firm(), { personId })).expect(201)).body.id as string;
    const someoneElse = await given.grant();
    await post(actors.finance, `/api/talent-grants/${first}/housing-payment`).expect(200);
    await post(actors.finance, `/api/talent-grants/${second}/allowance-payments`, { month: 1 }).expect(200);
    const grantsBefore = await Promise.all([first, second].map((id) => h.app.events.readStream(talentStream(id))));
    expect(await openNumberOf(first)).toBe(firstBody['identityNumber']);

    const res = await erase(personId).expect(200);

    expect(res.body).toEqual({ id: personId, revision: 0 });
    expect(res.headers['etag']).toBe('W/"0"');
    const [erased] = await h.app.events.readStream(erasureStream(personId));
    expect(erased).toMatchObject({ type: 'PersonalDataErased', data: { personId, erasedAt: h.clock.now(), actorId: actors.admin.id }, metadata: { actorRole: 'admin' } });
    // The identity number can no longer be opened, wherever it was sealed; another person's still can.
    expect([await openNumberOf(first), await openNumberOf(second)]).toEqual([undefined, undefined]);
    expect(await openNumberOf(someoneElse.talentId)).toMatch(/^430102/);
    expect(eventStoreBytes().includes(String(firstBody['identityNumber']))).toBe(false);
    // The events stay as written, every chain verifies, and the grants go on.
    expect(await Promise.all([first, second].map((id) => h.app.events.readStream(talentStream(id))))).toEqual(grantsBefore);
    expect((await verifyChains(h.app.events)).broken).toEqual([]);
    await post(actors.finance, `/api/talent-grants/${first}/allowance-payments`, { month: 1 }).expect(200);
    await post(actors.manager, `/api/talent-grants/${second}/suspension`, { reason: '离开本区' }).expect(200);
  });

  it('erases once: erasing again answers the same and writes nothing', async () => {
    const { personId } = await given.grant();
    const first = await erase(personId).expect(200);
    const head = await h.app.events.headPosition();
    expect((await erase(personId).expect(200)).body).toEqual(first.body);
    expect(await h.app.events.headPosition()).toBe(head);
  });

  it('seals nothing more for an erased person: 422 personal-data-erased', async () => {
    const { personId } = await given.grant();
    await erase(personId).expect(200);
    const body = given.awardBody(await given.firm(), { personId });
    expect(await refused(() => post(actors.manager, '/api/talent-grants', body), 422)).toMatchObject({ code: 'personal-data-erased', errors: [{ in: 'body', field: 'personId', message: expect.any(String) }] });
  });

  it('answers 404 for a person of whom nothing was ever sealed', async () => {
    await refused(() => erase('no-such-person'), 404);
  });

  it('refuses a stale If-Match with 412, leaving the key in place', async () => {
    const { talentId, personId } = await given.grant();
    await refused(() => erase(personId).set('If-Match', 'W/"0"'), 412);
    expect(await openNumberOf(talentId)).toMatch(/^430102/);
  });

  it('refuses every role but admin with 403, and a malformed id with 400', async () => {
    const { talentId, personId } = await given.grant();
    for (const role of ['agent', 'manager', 'finance'] as const) await refused(() => erase(personId, { id: `${role}-1`, role }), 403);
    await refused(() => erase(personId, { id: 'u-1', role: 'enterprise', enterpriseId: 'e-1' }), 403);
    expect(await openNumberOf(talentId)).toMatch(/^430102/);
    expect((await refused(() => erase('-person'), 400))['errors']).toEqual([{ in: 'path', field: 'personId', message: expect.any(String) }]);
  });
});
