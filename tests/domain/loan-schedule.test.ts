import { instalmentSchedule } from '../../src/domain/loan/instalment-schedule';
import { loanDecider } from '../../src/domain/loan/loan';
import { repaymentSchedule } from '../../src/domain/loan/repayment-schedule';
import { fallingDueIn } from '../../src/domain/payment-schedule';
import { disbursedLoan, instalmentRepaid } from '../support/loan-fixtures';

describe('the repayment schedule made at disbursement', () => {
  it('repays equal principal monthly from a month after disbursement, the odd fen on the last instalment', () => {
    expect(repaymentSchedule(1_000_000, 3, '2026-03-01')).toEqual([
      { instalment: 1, dueOn: '2026-04-01', principalFen: 333_333 },
      { instalment: 2, dueOn: '2026-05-01', principalFen: 333_333 },
      { instalment: 3, dueOn: '2026-06-01', principalFen: 333_334 },
    ]);
  });

  it('always adds up to the principal in whole fen', () => {
    for (const [principalFen, termMonths] of [[30_000_000, 36], [1_234_567, 7], [5, 12], [1, 1]] as const) {
      const instalments = repaymentSchedule(principalFen, termMonths, '2026-03-01');
      expect(instalments).toHaveLength(termMonths);
      expect(instalments.reduce((sum, { principalFen: fen }) => sum + fen, 0)).toBe(principalFen);
      expect(instalments.every(({ principalFen: fen }) => Number.isSafeInteger(fen) && fen >= 0)).toBe(true);
    }
  });

  it('falls due on the disbursement day of the month, or on the last day of a shorter month', () => {
    expect(repaymentSchedule(400, 4, '2027-10-31').map(({ dueOn }) => dueOn)).toEqual(['2027-11-30', '2027-12-31', '2028-01-31', '2028-02-29']);
  });
});

describe('the instalments falling due, for finance', () => {
  const loan = [...disbursedLoan, instalmentRepaid(1, 333_333, 0), instalmentRepaid(2, 100_000, 233_333)].reduce(loanDecider.evolve, loanDecider.initialState);

  it('says what is repaid, owed, due and late on a date; a part-repaid instalment is late until nothing is owed', () => {
    expect(instalmentSchedule(loan, '2026-05-10')).toEqual([
      { instalment: 1, dueOn: '2026-04-01', principalFen: 333_333, repaidFen: 333_333, owedFen: 0, status: 'paid' },
      { instalment: 2, dueOn: '2026-05-01', principalFen: 333_333, repaidFen: 100_000, owedFen: 233_333, status: 'late' },
      { instalment: 3, dueOn: '2026-06-01', principalFen: 333_334, repaidFen: 0, owedFen: 333_334, status: 'upcoming' },
    ]);
    expect(instalmentSchedule(loan, '2026-06-01')[2]!.status).toBe('due');
  });

  it('narrows to a date range, both ends included', () => {
    const due = (from: string, to: string) => fallingDueIn(instalmentSchedule(loan, '2026-05-10'), { from, to }).map(({ instalment }) => instalment);
    expect(due('2026-05-01', '2026-06-01')).toEqual([2, 3]);
    expect(due('2026-04-02', '2026-04-30')).toEqual([]);
    expect(due('2026-01-01', '2026-04-01')).toEqual([1]);
  });

  it('is empty for a loan not yet disbursed', () => {
    expect(instalmentSchedule(disbursedLoan.slice(0, 2).reduce(loanDecider.evolve, loanDecider.initialState), '2026-05-10')).toEqual([]);
  });
});
