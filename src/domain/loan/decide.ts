import type { CommandContext } from '../decider';
import { DomainError } from '../domain-error';
import { assertFen } from '../money';
import { assertMonthCount } from '../month-count';
import { shanghaiDate } from '../programme/calendar-date';
import { assertInGoodStanding } from '../subsidy/firm-standing';
import { assertFirmRegistered } from '../task/firm-facts';
import type { ApplyForLoan, DisburseLoan, GrantCreditLine, LoanCommand } from './commands';
import type { LoanEvent } from './events';
import { decideRepayment } from './repayments';
import { repaymentSchedule } from './repayment-schedule';
import type { LoanState } from './state';

export function decideLoan(command: LoanCommand, state: LoanState, context: CommandContext): LoanEvent[] {
  if (command.type === 'GrantCreditLine') return grantCreditLine(command, state, context.now);
  if (command.type === 'ApplyForLoan') return apply(command, state, context.now);
  if (state.status === 'none') throw new DomainError('loan-not-found', 'No loan is recorded under this id');
  if (state.status === 'credit-line') throw new DomainError('not-a-guaranteed-loan', "A bank's credit line is recorded, not worked");
  const { now, actor } = context;
  switch (command.type) {
    case 'ApproveLoan':
      assertUndecided(state);
      assertInGoodStanding(command.enterprise);
      return [{ type: 'LoanApproved', data: { approvedBy: actor.id, approvedAt: now } }];
    case 'RejectLoan':
      assertUndecided(state);
      return [{ type: 'LoanRejected', data: { reason: command.reason, rejectedAt: now } }];
    case 'DisburseLoan':
      return disburse(command, state, context);
    default:
      return decideRepayment(command, state, context);
  }
}

function grantCreditLine(command: GrantCreditLine, state: LoanState, now: string): LoanEvent[] {
  assertNothingRecorded(state);
  assertFirmRegistered(command.enterprise);
  const { loanId, enterpriseId, bank } = command;
  const amountFen = assertFen(command.amountFen, 'amountFen', { allowZero: false });
  const termMonths = assertMonthCount(command.termMonths, 'termMonths');
  return [{ type: 'CreditLineGranted', data: { loanId, enterpriseId, bank, amountFen, termMonths, grantedAt: now } }];
}

function apply(command: ApplyForLoan, state: LoanState, now: string): LoanEvent[] {
  assertNothingRecorded(state);
  assertInGoodStanding(command.enterprise);
  const { loanId, enterpriseId } = command;
  const amountFen = assertFen(command.amountFen, 'amountFen', { allowZero: false });
  const termMonths = assertMonthCount(command.termMonths, 'termMonths');
  return [{ type: 'LoanApplied', data: { loanId, enterpriseId, amountFen, termMonths, appliedAt: now } }];
}

function disburse(command: DisburseLoan, state: LoanState, { now, actor }: CommandContext): LoanEvent[] {
  if (state.status === 'disbursed' || state.status === 'settled') throw new DomainError('loan-already-disbursed', 'The loan is already disbursed');
  if (state.status !== 'approved') throw new DomainError('loan-not-approved', 'The loan is not approved');
  if (actor.id === state.approverId) throw new DomainError('approver-may-not-disburse', 'The officer who approved a loan never disburses it (segregation of duties)');
  assertInGoodStanding(command.enterprise);
  const instalments = repaymentSchedule(state.amountFen, state.termMonths, shanghaiDate(now));
  return [{ type: 'LoanDisbursed', data: { amountFen: state.amountFen, instalments, disbursedBy: actor.id, disbursedAt: now } }];
}

function assertNothingRecorded(state: LoanState): void {
  if (state.status !== 'none') throw new DomainError('loan-already-recorded', 'A loan or credit line is already recorded under this id');
}

function assertUndecided(state: LoanState): void {
  if (state.status !== 'applied') throw new DomainError('loan-already-decided', `The loan is already ${state.status}`);
}
