import type { PublishProgramme } from '../../src/domain/programme/commands';
import type { ProgrammeEvent } from '../../src/domain/programme/events';
import { programmeDecider } from '../../src/domain/programme/programme';
import { committedForEnterprise, openCommitments, remainingFen } from '../../src/domain/programme/state';
import { deciderSpec, testContext } from '../support/decider-spec';

const spec = deciderSpec(programmeDecider);
const now = testContext().now;
const earlier = '2026-03-01T01:00:00.000Z';
const finance = testContext({ actor: { id: 'f-1', role: 'finance' } });

const publish: PublishProgramme = {
  type: 'PublishProgramme',
  programmeId: 'p-1',
  name: '产业扶持奖励资金',
  kind: 'industrial-support',
  budgetFen: 1_000_000,
  capPerEnterpriseFen: 400_000,
  eligibility: { industries: ['I65'], townships: ['穿紫河街道'], parks: [], minAgeMonths: 6 },
  window: { opensOn: '2026-01-01', closesOn: '2026-12-31' },
};
const { type: _type, ...publishedData } = publish;
const published: ProgrammeEvent = { type: 'ProgrammePublished', data: { ...publishedData, deferredAmountDueOn: null, publishedAt: earlier } };
const closed: ProgrammeEvent = { type: 'ProgrammeClosed', data: { reason: '资金用完', closedAt: earlier } };

const committed = (subsidyId: string, amountFen: number, enterpriseId = 'e-1'): ProgrammeEvent => ({
  type: 'FundsCommitted',
  data: { subsidyId, enterpriseId, amountFen, approverId: 'm-1', committedAt: earlier },
});
const confirmed = (subsidyId: string): ProgrammeEvent => ({ type: 'CommitmentConfirmed', data: { subsidyId, confirmedAt: earlier } });
const released = (subsidyId: string, amountFen: number, enterpriseId = 'e-1'): ProgrammeEvent => ({
  type: 'CommitmentReleased',
  data: { subsidyId, enterpriseId, amountFen, reason: 'approval-not-written', releasedAt: earlier },
});
const disbursed = (subsidyId: string, amountFen: number, disbursedTotalFen: number): ProgrammeEvent => ({
  type: 'FundsDisbursed',
  data: { subsidyId, enterpriseId: 'e-1', amountFen, disbursedTotalFen, recordedAt: earlier },
});

describe('policy programmes', () => {
  describe('publication', () => {
    it('publishes a programme with its kind, budget, cap, eligibility and window', () => {
      spec.given([]).when(publish).then([{ type: 'ProgrammePublished', data: { ...publishedData, deferredAmountDueOn: null, publishedAt: now } }]);
    });

    it('publishes a deferral with the date the deferred amount falls due', () => {
      const deferral: PublishProgramme = { ...publish, kind: 'deferral', deferredAmountDueOn: '2027-06-30' };
      const { type: _t, ...data } = deferral;
      spec.given([]).when(deferral).then([{ type: 'ProgrammePublished', data: { ...data, deferredAmountDueOn: '2027-06-30', publishedAt: now } }]);
    });

    it('refuses a deferral without a due date, and a due date on anything but a deferral', () => {
      spec.given([]).when({ ...publish, kind: 'deferral' }).thenRefuses('deferral-due-date-required');
      spec.given([]).when({ ...publish, kind: 'tax-relief', deferredAmountDueOn: '2027-06-30' }).thenRefuses('deferral-due-date-not-applicable');
      spec.given([]).when({ ...publish, kind: 'deferral', deferredAmountDueOn: '2027-06-31' }).thenRefuses('invalid-date');
    });

    it('refuses a window with a date that does not exist, or that closes before it opens', () => {
      spec.given([]).when({ ...publish, window: { opensOn: '2026-02-30', closesOn: '2026-12-31' } }).thenRefuses('invalid-date');
      spec.given([]).when({ ...publish, window: { opensOn: '2026-01-01', closesOn: '31/12/2026' } }).thenRefuses('invalid-date');
      spec.given([]).when({ ...publish, window: { opensOn: '2026-06-01', closesOn: '2026-05-31' } }).thenRefuses('invalid-window');
    });

    it('accepts a window of one day', () => {
      spec.given([]).when({ ...publish, window: { opensOn: '2026-06-01', closesOn: '2026-06-01' } }).then([
        { type: 'ProgrammePublished', data: { ...publishedData, window: { opensOn: '2026-06-01', closesOn: '2026-06-01' }, deferredAmountDueOn: null, publishedAt: now } },
      ]);
    });

    it('refuses eligibility rules that name no real industry, township or park, or a negative age', () => {
      const withRules = (rules: Partial<PublishProgramme['eligibility']>): PublishProgramme => ({ ...publish, eligibility: { ...publish.eligibility, ...rules } });
      spec.given([]).when(withRules({ industries: ['software'] })).thenRefuses('invalid-industry');
      spec.given([]).when(withRules({ townships: ['朝阳区'] })).thenRefuses('unknown-township');
      spec.given([]).when(withRules({ parks: ['中关村'] })).thenRefuses('unknown-park');
      spec.given([]).when(withRules({ minAgeMonths: -1 })).thenRefuses('invalid-min-age');
      spec.given([]).when(withRules({ minAgeMonths: 1.5 })).thenRefuses('invalid-min-age');
    });

    it('refuses a budget or cap that is not a positive whole number of fen', () => {
      spec.given([]).when({ ...publish, budgetFen: 0 }).thenRefuses('invalid-amount');
      spec.given([]).when({ ...publish, budgetFen: 10.5 }).thenRefuses('invalid-amount');
      spec.given([]).when({ ...publish, capPerEnterpriseFen: 0 }).thenRefuses('invalid-amount');
    });

    it('publishes a programme once', () => {
      spec.given([published]).when(publish).thenRefuses('programme-already-published');
    });

    it('refuses every other command for a programme that was never published', () => {
      spec.given([]).when({ type: 'CloseProgramme', reason: 'x' }).thenRefuses('programme-not-found');
      spec.given([]).when({ type: 'CommitFunds', subsidyId: 's-1', enterpriseId: 'e-1', amountFen: 1 }).thenRefuses('programme-not-found');
    });
  });

  describe('budget adjustment and closing', () => {
    it('adjusts the budget, keeping the previous one', () => {
      spec.given([published]).when({ type: 'AdjustProgrammeBudget', budgetFen: 2_000_000, reason: '追加预算' }).then([
        { type: 'ProgrammeBudgetAdjusted', data: { budgetFen: 2_000_000, previousBudgetFen: 1_000_000, reason: '追加预算', adjustedAt: now } },
      ]);
    });

    it('records nothing when the budget does not change', () => {
      spec.given([published]).when({ type: 'AdjustProgrammeBudget', budgetFen: 1_000_000, reason: 'x' }).then([]);
    });

    it('never lowers the budget below what is committed', () => {
      const given = [published, committed('s-1', 300_000), confirmed('s-1')];
      spec.given(given).when({ type: 'AdjustProgrammeBudget', budgetFen: 299_999, reason: '压减' }).thenRefuses('budget-below-committed');
      spec.given(given).when({ type: 'AdjustProgrammeBudget', budgetFen: 300_000, reason: '压减' }).then([
        { type: 'ProgrammeBudgetAdjusted', data: { budgetFen: 300_000, previousBudgetFen: 1_000_000, reason: '压减', adjustedAt: now } },
      ]);
    });

    it('closes a programme once, and adjusts no closed budget', () => {
      spec.given([published]).when({ type: 'CloseProgramme', reason: '资金用完' }).then([{ type: 'ProgrammeClosed', data: { reason: '资金用完', closedAt: now } }]);
      spec.given([published, closed]).when({ type: 'CloseProgramme', reason: 'again' }).thenRefuses('programme-closed');
      spec.given([published, closed]).when({ type: 'AdjustProgrammeBudget', budgetFen: 5, reason: 'x' }).thenRefuses('programme-closed');
    });
  });

  describe('the ledger: commitments', () => {
    it('commits funds for an approval, naming the approver', () => {
      spec.given([published]).when({ type: 'CommitFunds', subsidyId: 's-1', enterpriseId: 'e-1', amountFen: 400_000 }).then([
        { type: 'FundsCommitted', data: { subsidyId: 's-1', enterpriseId: 'e-1', amountFen: 400_000, approverId: 'm-1', committedAt: now } },
      ]);
    });

    it('refuses a commitment the remaining budget cannot cover', () => {
      const given = [published, committed('s-1', 400_000, 'e-1'), committed('s-2', 400_000, 'e-2')];
      spec.given(given).when({ type: 'CommitFunds', subsidyId: 's-3', enterpriseId: 'e-3', amountFen: 200_001 }).thenRefuses('budget-exceeded');
      spec.given(given).when({ type: 'CommitFunds', subsidyId: 's-3', enterpriseId: 'e-3', amountFen: 200_000 }).then([
        { type: 'FundsCommitted', data: { subsidyId: 's-3', enterpriseId: 'e-3', amountFen: 200_000, approverId: 'm-1', committedAt: now } },
      ]);
    });

    it("refuses a commitment that takes the firm's total in the programme past the cap", () => {
      spec.given([published, committed('s-1', 300_000, 'e-1')]).when({ type: 'CommitFunds', subsidyId: 's-2', enterpriseId: 'e-1', amountFen: 100_001 }).thenRefuses('cap-exceeded');
      spec.given([published]).when({ type: 'CommitFunds', subsidyId: 's-1', enterpriseId: 'e-1', amountFen: 400_001 }).thenRefuses('cap-exceeded');
    });

    it('finds its own commitment when an approval is retried, and refuses another amount for the same application', () => {
      spec.given([published, committed('s-1', 300_000)]).when({ type: 'CommitFunds', subsidyId: 's-1', enterpriseId: 'e-1', amountFen: 300_000 }).then([]);
      spec.given([published, committed('s-1', 300_000)]).when({ type: 'CommitFunds', subsidyId: 's-1', enterpriseId: 'e-1', amountFen: 200_000 }).thenRefuses('commitment-exists');
    });

    it('commits nothing on a closed programme, nor a zero amount', () => {
      spec.given([published, closed]).when({ type: 'CommitFunds', subsidyId: 's-1', enterpriseId: 'e-1', amountFen: 1 }).thenRefuses('programme-closed');
      spec.given([published]).when({ type: 'CommitFunds', subsidyId: 's-1', enterpriseId: 'e-1', amountFen: 0 }).thenRefuses('invalid-amount');
    });

    it('confirms a commitment once its approval is written; confirming again records nothing', () => {
      spec.given([published, committed('s-1', 1)]).when({ type: 'ConfirmCommitment', subsidyId: 's-1' }).then([{ type: 'CommitmentConfirmed', data: { subsidyId: 's-1', confirmedAt: now } }]);
      spec.given([published, committed('s-1', 1), confirmed('s-1')]).when({ type: 'ConfirmCommitment', subsidyId: 's-1' }).then([]);
    });

    it('releases an unconfirmed commitment, once, and gives its funds back', () => {
      spec.given([published, committed('s-1', 400_000)]).when({ type: 'ReleaseCommitment', subsidyId: 's-1', reason: 'approval-not-written' }, finance).then([
        { type: 'CommitmentReleased', data: { subsidyId: 's-1', enterpriseId: 'e-1', amountFen: 400_000, reason: 'approval-not-written', releasedAt: now } },
      ]);
      const afterRelease = [published, committed('s-1', 400_000), released('s-1', 400_000)];
      spec.given(afterRelease).when({ type: 'ReleaseCommitment', subsidyId: 's-1', reason: 'again' }).then([]);
      spec.given(afterRelease).when({ type: 'CommitFunds', subsidyId: 's-2', enterpriseId: 'e-1', amountFen: 400_000 }).then([
        { type: 'FundsCommitted', data: { subsidyId: 's-2', enterpriseId: 'e-1', amountFen: 400_000, approverId: 'm-1', committedAt: now } },
      ]);
    });

    it('commits again for an application whose earlier commitment was released', () => {
      spec.given([published, committed('s-1', 400_000), released('s-1', 400_000)]).when({ type: 'CommitFunds', subsidyId: 's-1', enterpriseId: 'e-1', amountFen: 100_000 }).then([
        { type: 'FundsCommitted', data: { subsidyId: 's-1', enterpriseId: 'e-1', amountFen: 100_000, approverId: 'm-1', committedAt: now } },
      ]);
    });

    it('never releases a confirmed commitment, nor confirms a released one', () => {
      spec.given([published, committed('s-1', 1), confirmed('s-1')]).when({ type: 'ReleaseCommitment', subsidyId: 's-1', reason: 'x' }).thenRefuses('commitment-confirmed');
      spec.given([published, committed('s-1', 1), released('s-1', 1)]).when({ type: 'ConfirmCommitment', subsidyId: 's-1' }).thenRefuses('commitment-released');
    });

    it('knows no commitment for an application that never committed funds', () => {
      spec.given([published]).when({ type: 'ConfirmCommitment', subsidyId: 's-9' }).thenRefuses('commitment-not-found');
      spec.given([published]).when({ type: 'ReleaseCommitment', subsidyId: 's-9', reason: 'x' }).thenRefuses('commitment-not-found');
      spec.given([published]).when({ type: 'RecordPaymentTotals', subsidyId: 's-9', disbursedFen: 1, clawedBackFen: 0 }).thenRefuses('commitment-not-found');
    });
  });

  describe('the ledger: payments', () => {
    const approved = [published, committed('s-1', 300_000), confirmed('s-1')];

    it("records what was disbursed since the ledger last heard of the application's payments", () => {
      spec.given(approved).when({ type: 'RecordPaymentTotals', subsidyId: 's-1', disbursedFen: 100_000, clawedBackFen: 0 }, finance).then([
        { type: 'FundsDisbursed', data: { subsidyId: 's-1', enterpriseId: 'e-1', amountFen: 100_000, disbursedTotalFen: 100_000, recordedAt: now } },
      ]);
      spec.given([...approved, disbursed('s-1', 100_000, 100_000)]).when({ type: 'RecordPaymentTotals', subsidyId: 's-1', disbursedFen: 250_000, clawedBackFen: 0 }).then([
        { type: 'FundsDisbursed', data: { subsidyId: 's-1', enterpriseId: 'e-1', amountFen: 150_000, disbursedTotalFen: 250_000, recordedAt: now } },
      ]);
    });

    it('records nothing for totals it already has, or for older ones', () => {
      const given = [...approved, disbursed('s-1', 250_000, 250_000)];
      spec.given(given).when({ type: 'RecordPaymentTotals', subsidyId: 's-1', disbursedFen: 250_000, clawedBackFen: 0 }).then([]);
      spec.given(given).when({ type: 'RecordPaymentTotals', subsidyId: 's-1', disbursedFen: 100_000, clawedBackFen: 0 }).then([]);
    });

    it('confirms an open commitment when a payment shows its approval was written', () => {
      spec.given([published, committed('s-1', 300_000)]).when({ type: 'RecordPaymentTotals', subsidyId: 's-1', disbursedFen: 100_000, clawedBackFen: 0 }).then([
        { type: 'CommitmentConfirmed', data: { subsidyId: 's-1', confirmedAt: now } },
        { type: 'FundsDisbursed', data: { subsidyId: 's-1', enterpriseId: 'e-1', amountFen: 100_000, disbursedTotalFen: 100_000, recordedAt: now } },
      ]);
    });

    it('refuses to record more disbursed than committed, or more clawed back than disbursed', () => {
      spec.given(approved).when({ type: 'RecordPaymentTotals', subsidyId: 's-1', disbursedFen: 300_001, clawedBackFen: 0 }).thenRefuses('disbursement-exceeds-commitment');
      spec.given(approved).when({ type: 'RecordPaymentTotals', subsidyId: 's-1', disbursedFen: 100_000, clawedBackFen: 100_001 }).thenRefuses('clawback-exceeds-disbursed');
      spec.given(approved).when({ type: 'RecordPaymentTotals', subsidyId: 's-1', disbursedFen: -1, clawedBackFen: 0 }).thenRefuses('invalid-amount');
    });

    it('records payments of a released commitment nowhere', () => {
      spec.given([published, committed('s-1', 1), released('s-1', 1)]).when({ type: 'RecordPaymentTotals', subsidyId: 's-1', disbursedFen: 1, clawedBackFen: 0 }).thenRefuses('commitment-released');
    });

    it('returns clawed-back money to the budget and to the firm under its cap', () => {
      const full = [published, committed('s-1', 400_000), confirmed('s-1'), committed('s-2', 400_000, 'e-2'), confirmed('s-2'), committed('s-3', 200_000, 'e-3'), disbursed('s-1', 400_000, 400_000)];
      spec.given(full).when({ type: 'CommitFunds', subsidyId: 's-4', enterpriseId: 'e-1', amountFen: 50_000 }).thenRefuses('budget-exceeded');
      const clawedBack: ProgrammeEvent = { type: 'FundsClawedBack', data: { subsidyId: 's-1', enterpriseId: 'e-1', amountFen: 50_000, clawedBackTotalFen: 50_000, recordedAt: earlier } };
      spec.given(full).when({ type: 'RecordPaymentTotals', subsidyId: 's-1', disbursedFen: 400_000, clawedBackFen: 50_000 }).then([{ ...clawedBack, data: { ...clawedBack.data, recordedAt: now } }]);
      spec.given([...full, clawedBack]).when({ type: 'CommitFunds', subsidyId: 's-4', enterpriseId: 'e-1', amountFen: 50_000 }).then([
        { type: 'FundsCommitted', data: { subsidyId: 's-4', enterpriseId: 'e-1', amountFen: 50_000, approverId: 'm-1', committedAt: now } },
      ]);
    });
  });

  describe('what the ledger answers', () => {
    it('budget, committed, disbursed, remaining, each firm against its cap, and the commitments still open', () => {
      const state = [published, committed('s-1', 300_000), confirmed('s-1'), disbursed('s-1', 100_000, 100_000), committed('s-2', 50_000), committed('s-3', 70_000, 'e-2'), released('s-3', 70_000, 'e-2')].reduce(
        programmeDecider.evolve,
        programmeDecider.initialState,
      );
      expect(state).toMatchObject({ budgetFen: 1_000_000, committedFen: 350_000, disbursedFen: 100_000, clawedBackFen: 0 });
      expect([committedForEnterprise(state, 'e-1'), committedForEnterprise(state, 'e-2'), committedForEnterprise(state, 'e-3')]).toEqual([350_000, 0, 0]);
      expect(remainingFen(state)).toBe(650_000);
      expect(openCommitments(state)).toEqual([['s-2', { enterpriseId: 'e-1', amountFen: 50_000, committedAt: earlier, status: 'open', disbursedFen: 0, clawedBackFen: 0 }]]);
    });
  });
});
