import { addWorkingDays } from '../calendar/working-days';
import type { CommandContext } from '../decider';
import { DomainError } from '../domain-error';
import { materialsList } from '../materials-list';
import { shanghaiDate } from '../programme/calendar-date';
import { assertInGoodStanding } from '../subsidy/firm-standing';
import type { CommitmentCommand, SignCommitment } from './commands';
import type { TaskEvent } from './events';
import { assertInProgress, type TaskState } from './state';

/** 告知承诺制 / 容缺办理: the permit now, on the firm's word that the missing materials follow by a deadline. */
export function decideCommitment(command: CommitmentCommand, state: TaskState, { now }: CommandContext): TaskEvent[] {
  switch (command.type) {
    case 'SignCommitment':
      return sign(command, state, now);
    case 'FulfilCommitment':
      assertCommitmentOpen(state);
      if (shanghaiDate(now) > state.materialsDueOn!) {
        throw new DomainError('commitment-deadline-passed', 'The deadline for the committed materials has passed', { materialsDueOn: state.materialsDueOn });
      }
      return [{ type: 'CommitmentFulfilled', data: { fulfilledAt: now } }];
    case 'BreachCommitment': {
      if (state.commitment === 'breached') return [];
      assertCommitmentOpen(state);
      const materialsDueOn = state.materialsDueOn!;
      if (shanghaiDate(now) <= materialsDueOn) {
        throw new DomainError('commitment-deadline-not-passed', 'The committed materials are not due yet', { materialsDueOn });
      }
      return [
        { type: 'CommitmentBreached', data: { enterpriseId: state.enterpriseId!, missingItems: state.committedItems, materialsDueOn, breachedAt: now } },
        { type: 'PermitRevoked', data: { reason: 'commitment-breached', revokedAt: now } },
      ];
    }
  }
}

function sign({ missingItems, materialsDueInWorkingDays, enterprise, calendar }: SignCommitment, state: TaskState, now: string): TaskEvent[] {
  if (state.commitment !== 'none') throw new DomainError('commitment-already-signed', 'A commitment is already signed for this task');
  assertInProgress(state);
  if (!state.service!.commitmentAllowed) {
    throw new DomainError('commitment-not-allowed', `${state.service!.nameZh} is not handled on a commitment`, { serviceId: state.service!.id });
  }
  // 一处失信、处处受限
  assertInGoodStanding(enterprise);
  if (enterprise.creditMarked) {
    throw new DomainError('credit-marked', 'The firm broke an earlier commitment and its credit is not repaired yet');
  }
  const items = materialsList(missingItems, 'missingItems');
  if (!Number.isSafeInteger(materialsDueInWorkingDays) || materialsDueInWorkingDays < 1) {
    throw new DomainError('invalid-working-days', 'The committed materials are due in a whole number of working days, one or more', { field: 'materialsDueInWorkingDays' });
  }
  const materialsDueOn = addWorkingDays(calendar, shanghaiDate(now), materialsDueInWorkingDays);
  return [
    { type: 'CommitmentSigned', data: { missingItems: items, materialsDueOn, signedAt: now } },
    { type: 'PermitIssued', data: { issuedAt: now } },
  ];
}

function assertCommitmentOpen(state: TaskState): void {
  if (state.commitment === 'none') throw new DomainError('no-commitment', 'No commitment is signed for this task');
  if (state.commitment === 'fulfilled') throw new DomainError('commitment-fulfilled', 'The committed materials were supplied');
  if (state.commitment === 'breached') throw new DomainError('commitment-breached', 'The commitment was breached and the permit revoked');
}
