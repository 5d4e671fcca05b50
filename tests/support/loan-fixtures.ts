import type { LoanEvent } from '../../src/domain/loan/events';

const earlier = '2026-03-01T02:00:00.000Z';

/** A guaranteed loan of 10,000 yuan over 3 months, applied for and approved by manager m-1. */
export const loanApplied: LoanEvent = { type: 'LoanApplied', data: { loanId: 'l-1', enterpriseId: 'e-1', amountFen: 1_000_000, termMonths: 3, appliedAt: earlier } };
export const loanApproved: LoanEvent = { type: 'LoanApproved', data: { approvedBy: 'm-1', approvedAt: earlier } };
/** Disbursed on 2026-03-01 by f-1: 333,333 fen due on 04-01 and 05-01, and the odd fen with the rest on 06-01. */
export const loanDisbursed: LoanEvent = {
  type: 'LoanDisbursed',
  data: {
    amountFen: 1_000_000,
    instalments: [
      { instalment: 1, dueOn: '2026-04-01', principalFen: 333_333 },
      { instalment: 2, dueOn: '2026-05-01', principalFen: 333_333 },
      { instalment: 3, dueOn: '2026-06-01', principalFen: 333_334 },
    ],
    disbursedBy: 'f-1',
    disbursedAt: earlier,
  },
};
export const disbursedLoan: LoanEvent[] = [loanApplied, loanApproved, loanDisbursed];

export const instalmentRepaid = (instalment: number, amountFen: number, owedFen: number): LoanEvent => ({
  type: 'InstalmentRepaid',
  data: { instalment, amountFen, owedFen, repaidBy: 'f-1', repaidAt: earlier },
});
