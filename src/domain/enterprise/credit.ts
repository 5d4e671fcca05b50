import { DomainError } from '../domain-error';
import type { MarkCredit, RepairCredit } from './commands';
import type { EnterpriseEvent } from './events';
import { openCreditMarks, type EnterpriseState } from './state';

/** A breach is history whatever became of the firm since, so even a deregistered firm is marked; each task marks it once. */
export function markCredit({ taskId, reason }: MarkCredit, state: EnterpriseState, now: string): EnterpriseEvent[] {
  if (state.status === 'none') throw new DomainError('enterprise-not-found', 'No firm is registered under this id');
  if (state.creditMarks.some((mark) => mark.taskId === taskId)) return [];
  return [{ type: 'CreditMarked', data: { taskId, reason, markedAt: now } }];
}

export function repairCredit({ reason }: RepairCredit, state: EnterpriseState, now: string): EnterpriseEvent[] {
  const taskIds = openCreditMarks(state);
  if (taskIds.length === 0) throw new DomainError('credit-not-marked', "The firm's credit carries no mark to repair");
  return [{ type: 'CreditRepaired', data: { taskIds, reason, repairedAt: now } }];
}
