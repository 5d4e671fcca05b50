import type { CommandContext } from '../decider';
import { DomainError } from '../domain-error';
import { assertMonthCount } from '../month-count';
import { shanghaiDate } from '../programme/calendar-date';
import { assertInGoodStanding } from '../subsidy/firm-standing';
import type { AwardTalentGrant, TalentCommand } from './commands';
import type { TalentEvent } from './events';
import { decideTalentPayment } from './payments';
import { assertNotEnded, type TalentState } from './state';
import { grantAmounts } from './tiers';

export function decideTalent(command: TalentCommand, state: TalentState, context: CommandContext): TalentEvent[] {
  if (command.type === 'AwardTalentGrant') return award(command, state, context);
  if (state.status === 'none') throw new DomainError('talent-grant-not-found', 'No talent grant is awarded under this id');
  const { now } = context;
  switch (command.type) {
    case 'SuspendTalentGrant':
      assertNotEnded(state);
      if (state.status === 'suspended') throw new DomainError('talent-grant-already-suspended', 'The talent grant is already suspended');
      return [{ type: 'TalentGrantSuspended', data: { reason: command.reason, suspendedAt: now } }];
    case 'ResumeTalentGrant':
      assertNotEnded(state);
      if (state.status !== 'suspended') throw new DomainError('talent-grant-not-suspended', 'The talent grant is not suspended');
      return [{ type: 'TalentGrantResumed', data: { resumedAt: now } }];
    case 'EndTalentGrant':
      assertNotEnded(state);
      return [{ type: 'TalentGrantEnded', data: { reason: command.reason, endedAt: now } }];
    default:
      return decideTalentPayment(command, state, context);
  }
}

function award(command: AwardTalentGrant, state: TalentState, { now, actor }: CommandContext): TalentEvent[] {
  if (state.status !== 'none') throw new DomainError('talent-grant-already-awarded', 'This talent grant is already awarded');
  // 一处失信、处处受限
  assertInGoodStanding(command.enterprise);
  const { talentId, person, enterpriseId, terms } = command;
  // Sealed under another person's key, the number would outlive this person's erasure.
  if (person.identityNumber.keyId !== person.personId) {
    throw new DomainError('identity-number-key-mismatch', "The identity number must be sealed under the person's own key", { field: 'person.identityNumber' });
  }
  const months = assertMonthCount(command.months, 'months');
  return [
    {
      type: 'TalentGrantAwarded',
      data: { talentId, person, enterpriseId, tier: terms.tier, ...grantAmounts(terms), months, startsOn: shanghaiDate(now), awardedBy: actor.id, awardedAt: now },
    },
  ];
}
