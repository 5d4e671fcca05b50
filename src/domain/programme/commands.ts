import type { Fen } from '../money';
import type { ProgrammeTerms } from './terms';

export type PublishProgramme = Omit<ProgrammeTerms, 'deferredAmountDueOn'> & {
  type: 'PublishProgramme';
  programmeId: string;
  budgetFen: Fen;
  deferredAmountDueOn?: string | null;
};
export type AdjustProgrammeBudget = { type: 'AdjustProgrammeBudget'; budgetFen: Fen; reason: string };
export type CloseProgramme = { type: 'CloseProgramme'; reason: string };

/**
 * The ledger's commands, sent by the approval and disbursement flows and by the repair of
 * commitments left open by a crash, never directly by a person.
 */
export type CommitFunds = { type: 'CommitFunds'; subsidyId: string; enterpriseId: string; amountFen: Fen };
export type ConfirmCommitment = { type: 'ConfirmCommitment'; subsidyId: string };
export type ReleaseCommitment = { type: 'ReleaseCommitment'; subsidyId: string; reason: string };
/**
 * The application's disbursed and clawed-back totals as its own stream now has them. Totals,
 * not amounts, so that a retry or a repair that records them again changes nothing.
 */
export type RecordPaymentTotals = { type: 'RecordPaymentTotals'; subsidyId: string; disbursedFen: Fen; clawedBackFen: Fen };

export type ProgrammeCommand =
  | PublishProgramme
  | AdjustProgrammeBudget
  | CloseProgramme
  | CommitFunds
  | ConfirmCommitment
  | ReleaseCommitment
  | RecordPaymentTotals;
