import type { DomainEvent } from '../decider';
import type { Fen } from '../money';
import type { ScheduledInstalment } from './repayment-schedule';

/** A bank's credit line (授信), recorded for the firm's history and the district's totals; nothing further happens to it. */
export type CreditLineGranted = DomainEvent<
  'CreditLineGranted',
  { loanId: string; enterpriseId: string; bank: string; amountFen: Fen; termMonths: number; grantedAt: string }
>;
/** A guaranteed start-up loan (创业担保贷款). */
export type LoanApplied = DomainEvent<'LoanApplied', { loanId: string; enterpriseId: string; amountFen: Fen; termMonths: number; appliedAt: string }>;
export type LoanApproved = DomainEvent<'LoanApproved', { approvedBy: string; approvedAt: string }>;
export type LoanRejected = DomainEvent<'LoanRejected', { reason: string; rejectedAt: string }>;
/** The repayment schedule is fixed when the money goes out, so a later rule never rewrites an earlier loan's. */
export type LoanDisbursed = DomainEvent<'LoanDisbursed', { amountFen: Fen; instalments: ScheduledInstalment[]; disbursedBy: string; disbursedAt: string }>;
/** `owedFen`: what the instalment still owes after this repayment. */
export type InstalmentRepaid = DomainEvent<'InstalmentRepaid', { instalment: number; amountFen: Fen; owedFen: Fen; repaidBy: string; repaidAt: string }>;
/** Past its due date with something unpaid: escalated to the firm's concierge. */
export type InstalmentOverdue = DomainEvent<'InstalmentOverdue', { instalment: number; dueOn: string; owedFen: Fen; markedAt: string }>;
/** Nothing is owed: written with the repayment that clears the last fen. */
export type LoanSettled = DomainEvent<'LoanSettled', { settledAt: string }>;

export type LoanEvent =
  | CreditLineGranted
  | LoanApplied
  | LoanApproved
  | LoanRejected
  | LoanDisbursed
  | InstalmentRepaid
  | InstalmentOverdue
  | LoanSettled;

export type LoanEventType = LoanEvent['type'];

export const LOAN_EVENT_TYPES: readonly LoanEventType[] = [
  'CreditLineGranted',
  'LoanApplied',
  'LoanApproved',
  'LoanRejected',
  'LoanDisbursed',
  'InstalmentRepaid',
  'InstalmentOverdue',
  'LoanSettled',
];
