import type { SeedSummary } from '../../src/cli/seed';
import { GRANT_STATES, LOAN_STATES } from '../../src/cli/seed/grant-and-loan-tally';
import { openIdentityNumber } from '../../src/app/personal-data/identity-number-sealing';
import type { PersonalDataKeys } from '../../src/app/personal-data/personal-data-keys';
import { identityNumberProblem } from '../../src/domain/identity-number';
import type { LoanEvent } from '../../src/domain/loan/events';
import { loanDecider, LOAN_STREAM_PREFIX } from '../../src/domain/loan/loan';
import { outstandingFen } from '../../src/domain/loan/state';
import type { TalentEvent, TalentGrantAwarded } from '../../src/domain/talent/events';
import { talentDecider, TALENT_STREAM_PREFIX } from '../../src/domain/talent/talent';
import type { RecordedEvent } from '../../src/eventstore/event-store';
import { rebuildProjections } from '../../src/projections/rebuild';
import { DISTRICT, REACH_TOTALS, reachTotalsProjection } from '../../src/projections/grants-and-loans/reach-totals';
import type { ReadStore } from '../../src/readstore/read-store';
import { fold, seeded, streamsOf } from './seeded-events';

describe('seeding talent grants, credit lines and loans', () => {
  let summary: SeedSummary;
  let events: RecordedEvent[];
  let keys: PersonalDataKeys;
  let reads: ReadStore;
  let grants: RecordedEvent[][];
  let loans: RecordedEvent[][];
  const ofType = (type: TalentEvent['type'] | LoanEvent['type']) => events.filter((event) => event.type === type);
  const total = (type: TalentEvent['type'] | LoanEvent['type']) => ofType(type).reduce((sum, event) => sum + Number(event.data['amountFen']), 0);
  const countBy = (states: readonly string[], statuses: readonly string[]) => Object.fromEntries(states.map((state) => [state, statuses.filter((status) => status === state).length]));

  beforeAll(async () => {
    const district = await seeded(2, 400);
    ({ summary, events } = district);
    keys = district.core.personalDataKeys;
    reads = district.core.reads;
    await rebuildProjections(district.core.events, reads, [reachTotalsProjection]);
    grants = [...streamsOf(events, TALENT_STREAM_PREFIX).values()];
    loans = [...streamsOf(events, LOAN_STREAM_PREFIX).values()];
  });

  it('leaves grants in every state, counted as their streams have them, and adds up what finance paid', () => {
    const statuses = grants.map((history) => fold<TalentEvent, typeof talentDecider.initialState>(talentDecider, history).status);
    expect(summary.grants.grantsByState).toEqual(countBy(GRANT_STATES, statuses));
    for (const state of GRANT_STATES) expect(summary.grants.grantsByState[state]).toBeGreaterThan(0);
    expect(summary.grants).toMatchObject({
      grants: grants.length,
      housingSubsidiesPaid: ofType('HousingSubsidyPaid').length,
      housingSubsidyPaidFen: total('HousingSubsidyPaid'),
      allowanceMonthsPaid: ofType('MonthlyAllowancePaid').length,
      allowancePaidFen: total('MonthlyAllowancePaid'),
    });
  });

  it('awards both published tiers by the manager, finance pays each grant’s months in order', () => {
    const awards = ofType('TalentGrantAwarded');
    const tiers = new Set(awards.map((event) => event.data['tier']));
    for (const tier of ['full-time-phd', 'high-end-skilled']) expect(tiers).toContain(tier);
    for (const event of awards) expect(event.metadata.actorRole).toBe('manager');
    for (const event of [...ofType('HousingSubsidyPaid'), ...ofType('MonthlyAllowancePaid')]) expect(event.metadata.actorRole).toBe('finance');
    for (const history of grants) {
      const months = history.filter((event) => event.type === 'MonthlyAllowancePaid').map((event) => Number(event.data['month']));
      expect(months).toEqual([...months].sort((a, b) => a - b));
    }
  });

  it('seals a valid identity number of a Hunan-born adult for each person, opened with the keys the seed used', async () => {
    for (const event of ofType('TalentGrantAwarded')) {
      const { person, awardedAt } = event.data as unknown as TalentGrantAwarded['data'];
      const identityNumber = await openIdentityNumber(keys, person.identityNumber);
      expect(identityNumberProblem(identityNumber!)).toBeUndefined();
      expect(identityNumber).toMatch(/^43/);
      const age = Number(awardedAt.slice(0, 4)) - Number(identityNumber!.slice(6, 10));
      expect(age).toBeGreaterThanOrEqual(24);
      expect(age).toBeLessThanOrEqual(50);
    }
  });

  it('leaves loans in every state, counted as their streams have them, with repaid and outstanding adding up to what was disbursed', () => {
    const states = loans.map((history) => fold<LoanEvent, typeof loanDecider.initialState>(loanDecider, history));
    const guaranteed = states.filter((state) => state.status !== 'credit-line');
    expect(summary.loans.loansByState).toEqual(countBy(LOAN_STATES, guaranteed.map((state) => state.status)));
    for (const state of LOAN_STATES) expect(summary.loans.loansByState[state]).toBeGreaterThan(0);
    expect(summary.loans).toMatchObject({
      creditLines: ofType('CreditLineGranted').length,
      creditLineFen: total('CreditLineGranted'),
      loans: guaranteed.length,
      disbursedFen: total('LoanDisbursed'),
      repaidFen: total('InstalmentRepaid'),
      outstandingFen: guaranteed.reduce((sum, state) => sum + outstandingFen(state), 0),
      instalmentsMarkedOverdue: ofType('InstalmentOverdue').length,
    });
    expect(summary.loans.repaidFen + summary.loans.outstandingFen).toBe(summary.loans.disbursedFen);
    expect(summary.loans.instalmentsMarkedOverdue).toBeGreaterThan(0);
    expect(ofType('InstalmentRepaid').some((event) => event.data['owedFen'] !== 0)).toBe(true);
  });

  it('has loans applied for by agents, decided by the manager, disbursed and repaid by finance', () => {
    const roles = (types: LoanEvent['type'][]) => new Set(events.filter((event) => types.includes(event.type as LoanEvent['type'])).map((event) => event.metadata.actorRole));
    expect(roles(['LoanApplied'])).toEqual(new Set(['agent']));
    expect(roles(['LoanApproved', 'LoanRejected', 'InstalmentOverdue'])).toEqual(new Set(['manager']));
    expect(roles(['LoanDisbursed', 'InstalmentRepaid', 'CreditLineGranted'])).toEqual(new Set(['finance']));
  });

  it('adds up to the reach report’s totals, projected from the same events', async () => {
    const totals = await reads.collection(REACH_TOTALS).findOne({ _id: DISTRICT });
    const { grants, loans } = summary;
    expect(totals).toMatchObject({
      firmsRegistered: summary.firms,
      starterKitCostFen: summary.starterKitCostFen,
      creditLines: loans.creditLines,
      creditLineFen: loans.creditLineFen,
      loansDisbursed: loans.loansByState.disbursed + loans.loansByState.settled,
      loanDisbursedFen: loans.disbursedFen,
      loanRepaidFen: loans.repaidFen,
      loanOutstandingFen: loans.outstandingFen,
      loansSettled: loans.loansByState.settled,
      talentGrantsAwarded: grants.grants,
      housingSubsidiesPaid: grants.housingSubsidiesPaid,
      housingSubsidyPaidFen: grants.housingSubsidyPaidFen,
      allowanceMonthsPaid: grants.allowanceMonthsPaid,
      allowancePaidFen: grants.allowancePaidFen,
    });
  });
});
