import type { DomainEvent } from '../decider';
import type { Fen } from '../money';
import type { ProgrammeTerms } from './terms';

export type ProgrammePublished = DomainEvent<'ProgrammePublished', ProgrammeTerms & { programmeId: string; budgetFen: Fen; publishedAt: string }>;
export type ProgrammeBudgetAdjusted = DomainEvent<'ProgrammeBudgetAdjusted', { budgetFen: Fen; previousBudgetFen: Fen; reason: string; adjustedAt: string }>;
export type ProgrammeClosed = DomainEvent<'ProgrammeClosed', { reason: string; closedAt: string }>;

/** The ledger: an approval holds its amount against the budget and the firm's cap before it is written. */
export type FundsCommitted = DomainEvent<
  'FundsCommitted',
  { subsidyId: string; enterpriseId: string; amountFen: Fen; approverId: string; committedAt: string }
>;
/** The approval the commitment was made for is written on the application's stream. */
export type CommitmentConfirmed = DomainEvent<'CommitmentConfirmed', { subsidyId: string; confirmedAt: string }>;
/** An unconfirmed commitment gives its amount back: the approval was never written. */
export type CommitmentReleased = DomainEvent<
  'CommitmentReleased',
  { subsidyId: string; enterpriseId: string; amountFen: Fen; reason: string; releasedAt: string }
>;
export type FundsDisbursed = DomainEvent<
  'FundsDisbursed',
  { subsidyId: string; enterpriseId: string; amountFen: Fen; disbursedTotalFen: Fen; recordedAt: string }
>;
/** Money recovered from a firm returns to the budget. */
export type FundsClawedBack = DomainEvent<
  'FundsClawedBack',
  { subsidyId: string; enterpriseId: string; amountFen: Fen; clawedBackTotalFen: Fen; recordedAt: string }
>;

export type ProgrammeEvent =
  | ProgrammePublished
  | ProgrammeBudgetAdjusted
  | ProgrammeClosed
  | FundsCommitted
  | CommitmentConfirmed
  | CommitmentReleased
  | FundsDisbursed
  | FundsClawedBack;

export type ProgrammeEventType = ProgrammeEvent['type'];

export const PROGRAMME_EVENT_TYPES: readonly ProgrammeEventType[] = [
  'ProgrammePublished',
  'ProgrammeBudgetAdjusted',
  'ProgrammeClosed',
  'FundsCommitted',
  'CommitmentConfirmed',
  'CommitmentReleased',
  'FundsDisbursed',
  'FundsClawedBack',
];
