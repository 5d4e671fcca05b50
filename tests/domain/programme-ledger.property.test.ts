import fc from 'fast-check';
import { DomainError } from '../../src/domain/domain-error';
import type { ProgrammeCommand } from '../../src/domain/programme/commands';
import { programmeDecider } from '../../src/domain/programme/programme';
import { entries } from '../../src/domain/programme/persistent-map';
import { committedForEnterprise, type ProgrammeState } from '../../src/domain/programme/state';
import { testContext } from '../support/decider-spec';

const CAP_FEN = 400_000;
const published = programmeDecider.evolve(programmeDecider.initialState, {
  type: 'ProgrammePublished',
  data: {
    programmeId: 'p-1',
    name: '现代服务扶持',
    kind: 'modern-services',
    budgetFen: 1_000_000,
    capPerEnterpriseFen: CAP_FEN,
    eligibility: { industries: [], townships: [], parks: [], minAgeMonths: 0 },
    window: { opensOn: '2026-01-01', closesOn: '2026-12-31' },
    deferredAmountDueOn: null,
    publishedAt: '2026-01-01T00:00:00.000Z',
  },
});

const subsidyId = fc.constantFrom('s-1', 's-2', 's-3', 's-4', 's-5', 's-6');
const amount = fc.integer({ min: 0, max: 600_000 });
const command: fc.Arbitrary<ProgrammeCommand> = fc.oneof(
  fc.record({ type: fc.constant('CommitFunds' as const), subsidyId, enterpriseId: fc.constantFrom('e-1', 'e-2', 'e-3'), amountFen: amount }),
  fc.record({ type: fc.constant('ConfirmCommitment' as const), subsidyId }),
  fc.record({ type: fc.constant('ReleaseCommitment' as const), subsidyId, reason: fc.constant('repair') }),
  fc.record({ type: fc.constant('RecordPaymentTotals' as const), subsidyId, disbursedFen: amount, clawedBackFen: amount }),
  fc.record({ type: fc.constant('AdjustProgrammeBudget' as const), budgetFen: fc.integer({ min: 0, max: 2_000_000 }), reason: fc.constant('调整') }),
);

/** Runs each command on the state it finds; a refusal writes nothing, anything else thrown fails the property. */
function run(commands: ProgrammeCommand[]): ProgrammeState[] {
  const states = [published];
  for (const next of commands) {
    const state = states.at(-1)!;
    try {
      states.push(programmeDecider.decide(next, state, testContext()).reduce(programmeDecider.evolve, state));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
  }
  return states;
}

describe('the programme ledger, for any sequence of commands', () => {
  it('never commits more than the budget, nor more for a firm than the cap', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), (commands) => {
        for (const state of run(commands)) {
          expect(state.committedFen).toBeLessThanOrEqual(state.budgetFen);
          for (const [, firmFen] of entries(state.committedByEnterprise)) expect(firmFen).toBeLessThanOrEqual(CAP_FEN);
        }
      }),
    );
  });

  it('keeps its totals equal to the sums of its commitments', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), (commands) => {
        const state = run(commands).at(-1)!;
        const held = entries(state.commitments).map(([, commitment]) => commitment).filter((commitment) => commitment.status !== 'released');
        const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
        expect(state.committedFen).toBe(sum(held.map((c) => c.amountFen - c.clawedBackFen)));
        expect(state.disbursedFen).toBe(sum(held.map((c) => c.disbursedFen)));
        for (const enterpriseId of ['e-1', 'e-2', 'e-3']) {
          expect(committedForEnterprise(state, enterpriseId)).toBe(sum(held.filter((c) => c.enterpriseId === enterpriseId).map((c) => c.amountFen - c.clawedBackFen)));
        }
        for (const c of held) expect(c.clawedBackFen <= c.disbursedFen && c.disbursedFen <= c.amountFen).toBe(true);
      }),
    );
  });
});
