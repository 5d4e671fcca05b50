import type { Fen } from '../money';
import { dueStatus, type DueStatus } from '../payment-schedule';
import type { ScheduledInstalment } from './repayment-schedule';
import { owedFen, type LoanState } from './state';

export interface InstalmentDue extends ScheduledInstalment {
  repaidFen: Fen;
  owedFen: Fen;
  status: DueStatus;
}

/**
 * A loan's instalments as its state stands, seen on the Asia/Shanghai date `asOf` (for a past
 * date, fold the stream up to it first): partly repaid counts as unpaid until nothing is owed.
 * Narrow it to a date range with fallingDueIn.
 */
export const instalmentSchedule = (loan: LoanState, asOf: string): InstalmentDue[] =>
  loan.instalments.map((scheduled) => {
    const { instalment, dueOn, principalFen, repaidFen } = scheduled;
    const owed = owedFen(scheduled);
    return { instalment, dueOn, principalFen, repaidFen, owedFen: owed, status: dueStatus(dueOn, owed === 0, asOf) };
  });
