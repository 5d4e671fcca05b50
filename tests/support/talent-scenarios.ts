import type { TalentGrantAwarded } from '../../src/domain/talent/events';
import { talentStream } from '../../src/domain/talent/talent';
import type { Actor } from '../../src/domain/decider';
import { actors, type Harness } from './http-harness';
import { identityNumberOf } from './identity-numbers';
import { registration } from './registration';

export interface Grant {
  talentId: string;
  firmId: string;
  personId: string;
}

export type GrantStage = 'awarded' | 'housing-paid' | 'suspended' | 'ended';

/**
 * Firms and talent grants brought over HTTP into the state a test needs, each fresh. Serials
 * start at `firstSerial` so that credit codes do not collide with a file's other firms.
 */
export function talentScenarios(h: Harness, firstSerial: number) {
  let serial = firstSerial;
  const ok = async (actor: Actor, path: string, body: object, status = 200): Promise<string> => (await h.as(actor).post(path, body).expect(status)).body.id as string;

  const firm = (agent: Actor = actors.agent): Promise<string> => ok(agent, '/api/enterprises', registration((serial += 1)), 201);

  /** A body awarding the full-time PhD tier for 36 months to a new person. */
  const awardBody = (firmId: string, overrides: object = {}): Record<string, unknown> => ({
    enterpriseId: firmId,
    personName: '王博士',
    identityNumber: identityNumberOf((serial += 1)),
    tier: 'full-time-phd',
    months: 36,
    ...overrides,
  });

  async function personOf(talentId: string): Promise<string> {
    const [awarded] = await h.app.events.readStream(talentStream(talentId), { maxCount: 1 });
    return (awarded!.data as TalentGrantAwarded['data']).person.personId;
  }

  /** A fresh grant, awarded by `awarder` to a fresh firm's employee unless the body says otherwise, and brought as far as `stage`. */
  async function grant(stage: GrantStage = 'awarded', options: { body?: object; awarder?: Actor; firmId?: string } = {}): Promise<Grant> {
    const firmId = options.firmId ?? (await firm());
    const talentId = await ok(options.awarder ?? actors.manager, '/api/talent-grants', awardBody(firmId, options.body), 201);
    const step = (actor: Actor, path: string, body: object = {}) => ok(actor, `/api/talent-grants/${talentId}/${path}`, body);
    if (stage === 'housing-paid') await step(actors.finance, 'housing-payment');
    if (stage === 'suspended') await step(actors.manager, 'suspension', { reason: '离开本区' });
    if (stage === 'ended') await step(actors.manager, 'ending', { reason: '合同期满' });
    return { talentId, firmId, personId: await personOf(talentId) };
  }

  return { firm, awardBody, grant, personOf };
}
