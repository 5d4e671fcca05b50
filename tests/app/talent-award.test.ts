import { MemoryPersonalDataKeys } from '../../src/app/personal-data/memory-personal-data-keys';
import { TalentGrants } from '../../src/app/talent-grants';
import { talentStream } from '../../src/domain/talent/talent';
import { identityNumberOf } from '../support/identity-numbers';
import { registration } from '../support/registration';
import { agent, coreOn, manager } from '../support/test-app';

describe('awarding a talent grant', () => {
  it('answers a retry of an award already written (its reply never recorded) from the stream, writing nothing', async () => {
    const core = coreOn();
    const grants = new TalentGrants(core.events, core.commands, new MemoryPersonalDataKeys(), core.clock);
    const { enterpriseId } = await core.registration.register(registration(1), agent);
    const award = { enterpriseId, personName: '王博士', identityNumber: identityNumberOf(1), terms: { tier: 'full-time-phd' } as const, months: 36 };

    const first = await grants.award(award, manager, { idempotencyKey: 'award-1' });
    const head = await core.events.headPosition();
    const retried = await grants.award(award, manager, { idempotencyKey: 'award-1' });

    expect(retried).toEqual(first);
    expect(await core.events.headPosition()).toBe(head);
    expect(await core.events.readStream(talentStream(first.talentId))).toHaveLength(1);
  });
});
