import { actors, type Harness } from './http-harness';
import { loanScenarios } from './loan-scenarios';
import { talentScenarios } from './talent-scenarios';

export interface GrantsAndLoansWorld {
  /** Assigned to agent a-1, and to a-2. */
  firms: { own: string; foreign: string };
  grants: { paying: string; idle: string };
  creditLines: { own: string; foreign: string };
  loans: { repaying: string; applied: string };
  identityNumbers: { paying: string; idle: string };
  payingPersonId: string;
  /** After the grants, credit lines and starter kits, before any loan. */
  beforeLoans: string;
}

/**
 * Two firms with a starter kit each, a grant each (one with its housing subsidy and first month
 * paid), a credit line each, and a guaranteed loan each: one disbursed on 2026-03-10 and partly
 * repaid, one only applied for. The figures the reach report must add up to are in REACH_FIXTURE.
 */
export async function grantsAndLoansWorld(h: Harness, firstSerial: number): Promise<GrantsAndLoansWorld> {
  h.clock.set('2026-03-02T02:00:00.000Z');
  const talent = talentScenarios(h, firstSerial);
  const credit = loanScenarios(h, firstSerial + 50);
  const own = await talent.firm(actors.agent);
  const foreign = await talent.firm(actors.otherAgent);
  for (const [agent, firmId, costFen] of [[actors.agent, own, 50_000], [actors.otherAgent, foreign, 30_000]] as const) {
    await h.as(agent).post(`/api/enterprises/${firmId}/licence`).expect(200);
    await h.as(agent).post(`/api/enterprises/${firmId}/starter-kit`, { costFen }).expect(200);
  }

  const payingBody = talent.awardBody(own);
  const idleBody = talent.awardBody(foreign, { tier: 'high-end-skilled', months: 12 });
  const paying = (await h.as(actors.manager).post('/api/talent-grants', payingBody).expect(201)).body.id as string;
  const idle = (await h.as(actors.manager).post('/api/talent-grants', idleBody).expect(201)).body.id as string;
  await h.as(actors.finance).post(`/api/talent-grants/${paying}/housing-payment`, {}).expect(200);
  await h.as(actors.finance).post(`/api/talent-grants/${paying}/allowance-payments`, { month: 1 }).expect(200);
  const creditLines = { own: (await credit.creditLine(own)).loanId, foreign: (await credit.creditLine(foreign)).loanId };

  const beforeLoans = '2026-03-05T00:00:00.000Z';
  h.clock.set('2026-03-10T02:00:00.000Z');
  const repaying = (await credit.loan('disbursed', { firmId: own })).loanId;
  await h.as(actors.finance).post(`/api/loans/${repaying}/repayments`, { instalment: 1, amountFen: 100_000 }).expect(200);
  const applied = (await credit.loan('applied', { firmId: foreign, agent: actors.otherAgent })).loanId;
  await h.settle();
  return {
    firms: { own, foreign },
    grants: { paying, idle },
    creditLines,
    loans: { repaying, applied },
    identityNumbers: { paying: String(payingBody['identityNumber']), idle: String(idleBody['identityNumber']) },
    payingPersonId: await talent.personOf(paying),
    beforeLoans,
  };
}

/** The reach report of the world above, added up by hand. */
export const REACH_FIXTURE = {
  firms: { registered: 2, starterKitsIssued: 2, starterKitCostFen: 80_000 },
  creditLines: { count: 2, amountFen: 100_000_000 },
  loans: { disbursed: 1, disbursedFen: 1_000_000, repaidFen: 100_000, outstandingFen: 900_000, settled: 0 },
  talentGrants: { awarded: 2, housingSubsidiesPaid: 1, housingSubsidyPaidFen: 20_000_000, allowanceMonthsPaid: 1, allowancePaidFen: 200_000, paidFen: 20_200_000 },
};
