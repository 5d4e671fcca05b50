import fc from 'fast-check';
import { DomainError } from '../../src/domain/domain-error';
import type { LoanCommand } from '../../src/domain/loan/commands';
import type { LoanEvent } from '../../src/domain/loan/events';
import { loanDecider } from '../../src/domain/loan/loan';
import { repaymentSchedule } from '../../src/domain/loan/repayment-schedule';
import { outstandingFen, owedFen, type LoanState } from '../../src/domain/loan/state';
import { testContext } from '../support/decider-spec';

const at = '2026-03-01T02:00:00.000Z';
const disbursed = (principalFen: number, termMonths: number): LoanState =>
  (
    [
      { type: 'LoanApplied', data: { loanId: 'l-1', enterpriseId: 'e-1', amountFen: principalFen, termMonths, appliedAt: at } },
      { type: 'LoanApproved', data: { approvedBy: 'm-1', approvedAt: at } },
      { type: 'LoanDisbursed', data: { amountFen: principalFen, instalments: repaymentSchedule(principalFen, termMonths, '2026-03-01'), disbursedBy: 'f-1', disbursedAt: at } },
    ] satisfies LoanEvent[]
  ).reduce(loanDecider.evolve, loanDecider.initialState);

const finance = testContext({ now: '2027-06-01T02:00:00.000Z', actor: { id: 'f-1', role: 'finance' } });
const terms = fc.tuple(fc.integer({ min: 1, max: 2_000_000 }), fc.integer({ min: 1, max: 8 }));

/** What an instalment owes at the time, whatever it is: sequences of random amounts alone would hardly ever clear a loan. */
type Amount = number | 'all-owed';
type Step = { command: 'repay'; instalment: number; amount: Amount } | { command: 'mark-overdue'; instalment: number };

const steps = ([principalFen, termMonths]: [number, number]): fc.Arbitrary<Array<[Step, string]>> => {
  const instalment = fc.oneof({ arbitrary: fc.integer({ min: 1, max: termMonths }), weight: 9 }, fc.constantFrom(0, termMonths + 1));
  const amount: fc.Arbitrary<Amount> = fc.oneof(
    { arbitrary: fc.constant('all-owed' as const), weight: 3 },
    { arbitrary: fc.integer({ min: 0, max: Math.ceil(principalFen / termMonths) + termMonths }), weight: 2 },
    fc.integer({ min: 0, max: principalFen }),
  );
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ command: fc.constant('repay' as const), instalment, amount }),
    fc.record({ command: fc.constant('mark-overdue' as const), instalment }),
  );
  return fc.array(fc.tuple(step, fc.constantFrom('f-1', 'f-1', 'm-1')), { maxLength: 60 });
};

function commandFor(step: Step, state: LoanState): LoanCommand {
  if (step.command === 'mark-overdue') return { type: 'MarkInstalmentOverdue', instalment: step.instalment };
  const owed = state.instalments.find(({ instalment }) => instalment === step.instalment);
  const amountFen = step.amount === 'all-owed' ? (owed ? owedFen(owed) : 1) : step.amount;
  return { type: 'RepayInstalment', instalment: step.instalment, amountFen };
}

describe('a disbursed loan, for any sequence of repayments', () => {
  it('is never repaid beyond its principal, and is settled exactly when nothing is owed', () => {
    fc.assert(
      fc.property(terms.chain((loan) => fc.tuple(fc.constant(loan), steps(loan))), ([[principalFen, termMonths], sequence]) => {
        let state = disbursed(principalFen, termMonths);
        for (const [step, actorId] of sequence) {
          try {
            state = loanDecider.decide(commandFor(step, state), state, { ...finance, actor: { id: actorId, role: 'finance' } }).reduce(loanDecider.evolve, state);
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
          }
          expect(state.instalments.reduce((sum, { repaidFen }) => sum + repaidFen, 0)).toBeLessThanOrEqual(principalFen);
          expect(state.instalments.every(({ repaidFen, principalFen: instalmentFen }) => repaidFen <= instalmentFen)).toBe(true);
          expect(state.status === 'settled').toBe(outstandingFen(state) === 0);
        }
      }),
    );
  });

  it('is settled by the last of its instalments repaid in full, whatever the order', () => {
    const loanAndOrder = terms.chain(([principalFen, termMonths]) =>
      fc.tuple(fc.constant(principalFen), fc.constant(termMonths), fc.shuffledSubarray([...Array(termMonths).keys()].map((i) => i + 1), { minLength: termMonths })),
    );
    fc.assert(
      fc.property(loanAndOrder, ([principalFen, termMonths, order]) => {
        let state = disbursed(principalFen, termMonths);
        const owing = order.map((number) => state.instalments[number - 1]!).filter(({ principalFen: fen }) => fen > 0);
        for (const { instalment, principalFen: fen } of owing) {
          expect(state.status).toBe('disbursed');
          state = loanDecider.decide({ type: 'RepayInstalment', instalment, amountFen: fen }, state, finance).reduce(loanDecider.evolve, state);
        }
        expect(state.status).toBe('settled');
      }),
    );
  });
});
