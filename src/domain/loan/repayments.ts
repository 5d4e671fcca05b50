import type { CommandContext } from '../decider';
import { DomainError } from '../domain-error';
import { assertFen } from '../money';
import { shanghaiDate } from '../programme/calendar-date';
import type { RepaymentCommand } from './commands';
import type { LoanEvent } from './events';
import { outstandingFen, owedFen, type Instalment, type LoanState } from './state';

export function decideRepayment(command: RepaymentCommand, state: LoanState, { now, actor }: CommandContext): LoanEvent[] {
  if (state.status === 'settled') throw new DomainError('loan-settled', 'The loan is settled: nothing is owed');
  if (state.status !== 'disbursed') throw new DomainError('loan-not-disbursed', 'The loan is not disbursed');
  const instalment = scheduledInstalment(state, command.instalment);
  if (command.type === 'MarkInstalmentOverdue') return markOverdue(instalment, now);
  assertOwing(instalment);
  // The approver recording repayments could hide a default on a loan of their own approving.
  if (actor.id === state.approverId) {
    throw new DomainError('approver-may-not-record-repayment', 'The officer who approved a loan never records its repayments (segregation of duties)');
  }
  const amountFen = assertFen(command.amountFen, 'amountFen', { allowZero: false });
  const owed = owedFen(instalment);
  if (amountFen > owed) throw new DomainError('repayment-exceeds-owed', `Instalment ${instalment.instalment} owes ${owed} fen`, { field: 'amountFen', owedFen: owed });
  const repaid: LoanEvent = { type: 'InstalmentRepaid', data: { instalment: instalment.instalment, amountFen, owedFen: owed - amountFen, repaidBy: actor.id, repaidAt: now } };
  return amountFen === outstandingFen(state) ? [repaid, { type: 'LoanSettled', data: { settledAt: now } }] : [repaid];
}

function markOverdue(instalment: Instalment, now: string): LoanEvent[] {
  if (instalment.markedOverdue) return [];
  assertOwing(instalment);
  const { dueOn } = instalment;
  if (shanghaiDate(now) <= dueOn) throw new DomainError('instalment-not-overdue', `Instalment ${instalment.instalment} falls due on ${dueOn}`, { dueOn });
  return [{ type: 'InstalmentOverdue', data: { instalment: instalment.instalment, dueOn, owedFen: owedFen(instalment), markedAt: now } }];
}

function scheduledInstalment(state: LoanState, number: number): Instalment {
  const instalment = state.instalments.find((candidate) => candidate.instalment === number);
  if (!instalment) throw new DomainError('instalment-not-found', `The loan has no instalment ${number}`, { field: 'instalment', instalments: state.instalments.length });
  return instalment;
}

function assertOwing(instalment: Instalment): void {
  if (owedFen(instalment) === 0) throw new DomainError('instalment-already-repaid', `Instalment ${instalment.instalment} is repaid`, { field: 'instalment' });
}
