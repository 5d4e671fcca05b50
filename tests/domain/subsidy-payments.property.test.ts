import fc from 'fast-check';
import { DomainError } from '../../src/domain/domain-error';
import type { SubsidyCommand } from '../../src/domain/subsidy/commands';
import type { SubsidyEvent } from '../../src/domain/subsidy/events';
import { subsidyDecider } from '../../src/domain/subsidy/subsidy';
import { testContext } from '../support/decider-spec';

const approved = (
  [
    { type: 'SubsidyApplied', data: { subsidyId: 's-1', programmeId: 'p-1', enterpriseId: 'e-1', requestedFen: 500_000, appliedAt: '2026-03-01T00:00:00.000Z' } },
    { type: 'SubsidyApproved', data: { approvedFen: 400_000, approverId: 'm-1', approvedAt: '2026-03-01T00:00:00.000Z' } },
  ] satisfies SubsidyEvent[]
).reduce(subsidyDecider.evolve, subsidyDecider.initialState);

const amountFen = fc.integer({ min: 0, max: 250_000 });
const command: fc.Arbitrary<SubsidyCommand> = fc.oneof(
  fc.record({
    type: fc.constant('DisburseSubsidy' as const),
    amountFen,
    paymentReference: fc.constantFrom('BOC-1', 'BOC-2', 'BOC-3', 'ICBC-1', 'ICBC-2'),
    enterprise: fc.constant({ status: 'licensed' as const, blacklisted: false }),
  }),
  fc.record({ type: fc.constant('ClawBackSubsidy' as const), amountFen, reason: fc.constant('追回') }),
  fc.constant({ type: 'CloseSubsidy' as const }),
);

describe('an approved application, for any sequence of payments', () => {
  it('never disburses more than approved, nor claws back more than disbursed, nor reuses a reference', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(command, fc.constantFrom('f-1', 'm-1')), { maxLength: 30 }), (steps) => {
        let state = approved;
        for (const [next, actorId] of steps) {
          try {
            state = subsidyDecider.decide(next, state, testContext({ actor: { id: actorId, role: 'finance' } })).reduce(subsidyDecider.evolve, state);
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
          }
          expect(state.disbursedFen).toBeLessThanOrEqual(state.approvedFen);
          expect(state.clawedBackFen).toBeLessThanOrEqual(state.disbursedFen);
          expect(new Set(state.paymentReferences).size).toBe(state.paymentReferences.length);
        }
      }),
    );
  });
});
