import type { TalentEvent } from '../../src/domain/talent/events';
import { talentDecider } from '../../src/domain/talent/talent';
import { deciderSpec, testContext } from '../support/decider-spec';
import { sealedFor, talentAward, talentAwarded } from '../support/talent-fixtures';

const spec = deciderSpec(talentDecider);
const now = testContext().now; // 2026-03-02, 10:00 in Shanghai
const finance = testContext({ actor: { id: 'f-1', role: 'finance' } });
const financeAt = (instant: string) => testContext({ now: instant, actor: { id: 'f-1', role: 'finance' } });
const awarderAsFinance = testContext({ actor: { id: 'm-1', role: 'finance' } });

const awarded = talentAwarded('2026-03-02T02:00:00.000Z', '2026-03-02', 12);
const monthPaid = (month: number, dueOn: string): TalentEvent => ({
  type: 'MonthlyAllowancePaid',
  data: { month, dueOn, amountFen: 200_000, paidBy: 'f-1', paidAt: `${dueOn}T02:00:00.000Z` },
});
const suspended = (on: string): TalentEvent => ({ type: 'TalentGrantSuspended', data: { reason: '离开本区', suspendedAt: `${on}T02:00:00.000Z` } });
const resumed = (on: string): TalentEvent => ({ type: 'TalentGrantResumed', data: { resumedAt: `${on}T02:00:00.000Z` } });
const ended: TalentEvent = { type: 'TalentGrantEnded', data: { reason: '合同期满', endedAt: '2026-03-02T01:00:00.000Z' } };
const housingPaid: TalentEvent = { type: 'HousingSubsidyPaid', data: { amountFen: 20_000_000, paidBy: 'f-1', paidAt: '2026-03-02T01:00:00.000Z' } };
const payMonth = (month: number) => ({ type: 'PayMonthlyAllowance', month }) as const;

describe('talent grants', () => {
  describe('awarding', () => {
    it('awards a published tier with its amounts, starting on the Shanghai date of the award', () => {
      spec.given([]).when(talentAward({ months: 12 })).then([awarded]);
      const highEnd = talentAwarded('2026-03-01T16:30:00.000Z', '2026-03-02');
      spec
        .given([])
        .when(talentAward({ terms: { tier: 'high-end-skilled' } }), testContext({ now: '2026-03-01T16:30:00.000Z' }))
        .then([{ ...highEnd, data: { ...highEnd.data, tier: 'high-end-skilled', housingSubsidyFen: 10_000_000 } }]);
    });

    it('awards amounts of its own instead of a tier, each a positive whole number of fen', () => {
      const custom = talentAward({ terms: { tier: 'custom', housingSubsidyFen: 5_000_000, monthlyAllowanceFen: 150_000 }, months: 12 });
      spec.given([]).when(custom).then([{ type: 'TalentGrantAwarded', data: { ...awarded.data, tier: 'custom', housingSubsidyFen: 5_000_000, monthlyAllowanceFen: 150_000 } }]);
      spec.given([]).when(talentAward({ terms: { tier: 'custom', housingSubsidyFen: 0, monthlyAllowanceFen: 150_000 } })).thenRefuses('invalid-amount');
      spec.given([]).when(talentAward({ terms: { tier: 'custom', housingSubsidyFen: 5_000_000, monthlyAllowanceFen: 1.5 } })).thenRefuses('invalid-amount');
    });

    it('awards a whole number of months from 1 to 360', () => {
      for (const months of [0, 1.5, 361]) spec.given([]).when(talentAward({ months })).thenRefuses('invalid-months');
    });

    it('awards nothing to a firm that is blacklisted, deregistered or unknown', () => {
      spec.given([]).when(talentAward({ enterprise: { status: 'licensed', blacklisted: true } })).thenRefuses('enterprise-blacklisted');
      spec.given([]).when(talentAward({ enterprise: { status: 'deregistered', blacklisted: false } })).thenRefuses('enterprise-deregistered');
      spec.given([]).when(talentAward({ enterprise: { status: 'none', blacklisted: false } })).thenRefuses('enterprise-not-found');
    });

    it("takes the identity number sealed under the person's own key only", () => {
      spec.given([]).when(talentAward({ person: { personId: 'person-1', name: '李明', identityNumber: sealedFor('person-2') } })).thenRefuses('identity-number-key-mismatch');
    });

    it('awards a grant once, and knows no other command before it', () => {
      spec.given([awarded]).when(talentAward()).thenRefuses('talent-grant-already-awarded');
      spec.given([]).when({ type: 'PayHousingSubsidy' }, finance).thenRefuses('talent-grant-not-found');
    });
  });

  describe('the housing subsidy', () => {
    it('is paid once, in full', () => {
      spec.given([awarded]).when({ type: 'PayHousingSubsidy' }, finance).then([{ type: 'HousingSubsidyPaid', data: { amountFen: 20_000_000, paidBy: 'f-1', paidAt: now } }]);
      spec.given([awarded, housingPaid]).when({ type: 'PayHousingSubsidy' }, finance).thenRefuses('housing-subsidy-already-paid');
    });

    it('is never paid by the officer who awarded the grant (segregation of duties)', () => {
      spec.given([awarded]).when({ type: 'PayHousingSubsidy' }, awarderAsFinance).thenRefuses('awarder-may-not-pay');
    });

    it('is not paid while the grant is suspended, nor once it has ended', () => {
      spec.given([awarded, suspended('2026-03-02')]).when({ type: 'PayHousingSubsidy' }, finance).thenRefuses('talent-grant-suspended');
      spec.given([awarded, ended]).when({ type: 'PayHousingSubsidy' }, finance).thenRefuses('talent-grant-ended');
    });
  });

  describe('the monthly allowance', () => {
    it('pays a month from the day it falls due, with its due date and amount', () => {
      spec.given([awarded]).when(payMonth(1), finance).then([{ type: 'MonthlyAllowancePaid', data: { month: 1, dueOn: '2026-03-02', amountFen: 200_000, paidBy: 'f-1', paidAt: now } }]);
      spec.given([awarded, monthPaid(1, '2026-03-02')]).when(payMonth(2), financeAt('2026-04-01T15:59:59.000Z')).thenRefuses('allowance-month-not-due');
      spec.given([awarded, monthPaid(1, '2026-03-02')]).when(payMonth(2), financeAt('2026-04-01T16:00:00.000Z')).then([
        { type: 'MonthlyAllowancePaid', data: { month: 2, dueOn: '2026-04-02', amountFen: 200_000, paidBy: 'f-1', paidAt: '2026-04-01T16:00:00.000Z' } },
      ]);
    });

    it('pays each month at most once', () => {
      spec.given([awarded, monthPaid(1, '2026-03-02')]).when(payMonth(1), finance).thenRefuses('allowance-month-already-paid');
    });

    it('pays months in order', () => {
      const lateInMay = financeAt('2026-05-10T02:00:00.000Z');
      spec.given([awarded]).when(payMonth(2), lateInMay).thenRefuses('allowance-month-out-of-order');
      spec.given([awarded, monthPaid(1, '2026-03-02')]).when(payMonth(3), lateInMay).thenRefuses('allowance-month-out-of-order');
      spec.given([awarded, monthPaid(1, '2026-03-02')]).when(payMonth(2), lateInMay).then([
        { type: 'MonthlyAllowancePaid', data: { month: 2, dueOn: '2026-04-02', amountFen: 200_000, paidBy: 'f-1', paidAt: '2026-05-10T02:00:00.000Z' } },
      ]);
    });

    it('pays no month past the awarded months, and only whole month numbers', () => {
      spec.given([awarded]).when(payMonth(13), finance).thenRefuses('allowance-month-past-award');
      for (const month of [0, -1, 1.5]) spec.given([awarded]).when(payMonth(month), finance).thenRefuses('invalid-allowance-month');
    });

    it('pays nothing while the grant is suspended', () => {
      spec.given([awarded, suspended('2026-03-05')]).when(payMonth(1), finance).thenRefuses('talent-grant-suspended');
    });

    it('never pays a month that fell due while the grant was suspended, and goes on past it in order', () => {
      const away = [awarded, monthPaid(1, '2026-03-02'), suspended('2026-03-20'), resumed('2026-05-10')];
      spec.given(away).when(payMonth(2), financeAt('2026-05-10T02:00:00.000Z')).thenRefuses('allowance-month-forfeited');
      spec.given(away).when(payMonth(3), financeAt('2026-05-10T02:00:00.000Z')).thenRefuses('allowance-month-forfeited');
      spec.given(away).when(payMonth(4), financeAt('2026-06-02T02:00:00.000Z')).then([
        { type: 'MonthlyAllowancePaid', data: { month: 4, dueOn: '2026-06-02', amountFen: 200_000, paidBy: 'f-1', paidAt: '2026-06-02T02:00:00.000Z' } },
      ]);
    });

    it('pays a month that fell due before a suspension once the grant resumes', () => {
      spec.given([awarded, suspended('2026-03-20'), resumed('2026-03-25')]).when(payMonth(1), financeAt('2026-03-25T02:00:00.000Z')).then([
        { type: 'MonthlyAllowancePaid', data: { month: 1, dueOn: '2026-03-02', amountFen: 200_000, paidBy: 'f-1', paidAt: '2026-03-25T02:00:00.000Z' } },
      ]);
    });

    it('is never paid by the awarding officer, nor after the grant ended', () => {
      spec.given([awarded]).when(payMonth(1), awarderAsFinance).thenRefuses('awarder-may-not-pay');
      spec.given([awarded, ended]).when(payMonth(1), finance).thenRefuses('talent-grant-ended');
    });
  });

  describe('suspending, resuming and ending', () => {
    it('suspends with a reason, and resumes', () => {
      spec.given([awarded]).when({ type: 'SuspendTalentGrant', reason: '离开本区' }).then([{ type: 'TalentGrantSuspended', data: { reason: '离开本区', suspendedAt: now } }]);
      spec.given([awarded, suspended('2026-03-01')]).when({ type: 'ResumeTalentGrant' }).then([{ type: 'TalentGrantResumed', data: { resumedAt: now } }]);
    });

    it('suspends a grant that is not suspended, and resumes one that is', () => {
      spec.given([awarded, suspended('2026-03-01')]).when({ type: 'SuspendTalentGrant', reason: 'x' }).thenRefuses('talent-grant-already-suspended');
      spec.given([awarded]).when({ type: 'ResumeTalentGrant' }).thenRefuses('talent-grant-not-suspended');
      spec.given([awarded, suspended('2026-03-01'), resumed('2026-03-02')]).when({ type: 'ResumeTalentGrant' }).thenRefuses('talent-grant-not-suspended');
    });

    it('ends a grant, suspended or not, once', () => {
      spec.given([awarded]).when({ type: 'EndTalentGrant', reason: '合同期满' }).then([{ type: 'TalentGrantEnded', data: { reason: '合同期满', endedAt: now } }]);
      spec.given([awarded, suspended('2026-03-01')]).when({ type: 'EndTalentGrant', reason: '离职' }).then([{ type: 'TalentGrantEnded', data: { reason: '离职', endedAt: now } }]);
      spec.given([awarded, ended]).when({ type: 'EndTalentGrant', reason: 'x' }).thenRefuses('talent-grant-ended');
    });

    it('neither suspends nor resumes an ended grant', () => {
      spec.given([awarded, ended]).when({ type: 'SuspendTalentGrant', reason: 'x' }).thenRefuses('talent-grant-ended');
      spec.given([awarded, suspended('2026-03-01'), ended]).when({ type: 'ResumeTalentGrant' }).thenRefuses('talent-grant-ended');
    });
  });
});
