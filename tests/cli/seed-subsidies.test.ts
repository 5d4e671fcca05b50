import { seededRandom, type SeedSummary } from '../../src/cli/seed';
import { planDistrict } from '../../src/cli/seed/seed-plan';
import { applicationState, APPLICATION_STATES, type ApplicationState } from '../../src/cli/seed/subsidy-tally';
import { BUDGET_SPENT } from '../../src/cli/seed/subsidy-reasons';
import { enterpriseDecider, ENTERPRISE_STREAM_PREFIX } from '../../src/domain/enterprise/enterprise';
import type { EnterpriseEvent } from '../../src/domain/enterprise/events';
import { shanghaiDate } from '../../src/domain/programme/calendar-date';
import type { ProgrammeEvent, ProgrammePublished } from '../../src/domain/programme/events';
import { entries } from '../../src/domain/programme/persistent-map';
import { programmeDecider, PROGRAMME_STREAM_PREFIX } from '../../src/domain/programme/programme';
import type { SubsidyEvent } from '../../src/domain/subsidy/events';
import { subsidyDecider, SUBSIDY_STREAM_PREFIX } from '../../src/domain/subsidy/subsidy';
import type { RecordedEvent } from '../../src/eventstore/event-store';
import { fold, SEED_NOW, seeded, streamsOf } from './seeded-events';

const NOW = SEED_NOW;

describe('seeding the district’s programmes and subsidies', () => {
  let summary: SeedSummary;
  let events: RecordedEvent[];
  let published: ProgrammePublished['data'][];
  let ledgers: Map<string, RecordedEvent[]>;
  let applications: RecordedEvent[][];
  let firms: Map<string, RecordedEvent[]>;
  const ofType = (type: string) => events.filter((event) => event.type === type);

  beforeAll(async () => {
    ({ summary, events } = await seeded(20260302, 200));
    published = ofType('ProgrammePublished').map((event) => event.data as unknown as ProgrammePublished['data']);
    ledgers = streamsOf(events, PROGRAMME_STREAM_PREFIX);
    applications = [...streamsOf(events, SUBSIDY_STREAM_PREFIX).values()];
    firms = streamsOf(events, ENTERPRISE_STREAM_PREFIX);
  });

  it('publishes the district’s programmes as the manager, some weeks before each window opens, a deferral with its due date', () => {
    expect(new Set(published.map((programme) => programme.kind))).toEqual(
      new Set(['industrial-support', 'modern-services', 'mobile-internet-park', 'tax-relief', 'deferral', 'social-insurance-relief']),
    );
    expect(published.find((programme) => programme.kind === 'industrial-support')).toMatchObject({ budgetFen: 2_000_000_000 });
    for (const event of ofType('ProgrammePublished')) {
      const { window, kind, deferredAmountDueOn } = event.data as unknown as ProgrammePublished['data'];
      expect(event.metadata.actorRole).toBe('manager');
      expect(shanghaiDate(event.metadata.occurredAt) < window.opensOn).toBe(true);
      if (kind === 'deferral') expect(deferredAmountDueOn! > window.closesOn).toBe(true);
      else expect(deferredAmountDueOn).toBeNull();
    }
    expect(summary.programmes.map((programme) => programme.name).sort()).toEqual(published.map((programme) => programme.name).sort());
  });

  it('files each application through the concierge holding the firm at that moment, once per firm and programme', () => {
    const applied = ofType('SubsidyApplied');
    expect(applied.length).toBeGreaterThan(200);
    for (const event of applied) {
      const firmBefore = firms.get(`${ENTERPRISE_STREAM_PREFIX}${String(event.data['enterpriseId'])}`)!.filter((e) => e.position < event.position);
      const firm = fold<EnterpriseEvent, typeof enterpriseDecider.initialState>(enterpriseDecider, firmBefore);
      expect(event.metadata).toMatchObject({ actorRole: 'agent', actorId: firm.agentId });
      expect(firm.blacklisted).toBe(false);
    }
    const pairs = applied.map((event) => `${String(event.data['programmeId'])}/${String(event.data['enterpriseId'])}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('leaves applications in every state, and counts them as their own streams have them', () => {
    const counted = Object.fromEntries(APPLICATION_STATES.map((state) => [state, 0])) as Record<ApplicationState, number>;
    for (const history of applications) counted[applicationState(fold<SubsidyEvent, typeof subsidyDecider.initialState>(subsidyDecider, history))] += 1;
    expect(summary.applicationsByState).toEqual(counted);
    for (const state of APPLICATION_STATES) expect(summary.applicationsByState[state]).toBeGreaterThan(0);
    expect(summary.applications).toBe(applications.length);
    expect(ofType('MaterialsSupplied').length).toBeGreaterThan(0);
  });

  it('adds up to what the programme ledgers say, programme by programme and in total', () => {
    const ledgerTotals = [...ledgers.values()].map((history) => {
      const state = fold<ProgrammeEvent, typeof programmeDecider.initialState>(programmeDecider, history);
      const commitments = entries(state.commitments).map(([, commitment]) => commitment);
      expect(commitments.every((commitment) => commitment.status === 'confirmed')).toBe(true);
      return {
        name: state.terms!.name,
        budgetFen: state.budgetFen,
        closed: state.status === 'closed',
        approvedFen: commitments.reduce((sum, commitment) => sum + commitment.amountFen, 0),
        disbursedFen: state.disbursedFen,
        clawedBackFen: state.clawedBackFen,
      };
    });
    const byName = <T extends { name: string }>(programmes: readonly T[]) => [...programmes].sort((a, b) => a.name.localeCompare(b.name));
    const summarised = summary.programmes.map(({ name, budgetFen, closed, approvedFen, disbursedFen, clawedBackFen }) => ({ name, budgetFen, closed, approvedFen, disbursedFen, clawedBackFen }));
    expect(byName(summarised)).toEqual(byName(ledgerTotals));
    const total = (key: 'approvedFen' | 'disbursedFen' | 'clawedBackFen') => ledgerTotals.reduce((sum, programme) => sum + programme[key], 0);
    expect([summary.approvedFen, summary.disbursedFen, summary.clawedBackFen]).toEqual([total('approvedFen'), total('disbursedFen'), total('clawedBackFen')]);
    expect(summary.disbursedFen).toBe(ofType('SubsidyDisbursed').reduce((sum, event) => sum + Number(event.data['amountFen']), 0));
    expect(summary.clawedBackFen).toBeGreaterThan(0);
  });

  it('never lets a programme overspend: disbursed less clawed back within approved, approved within budget, each firm within the cap', () => {
    for (const programme of summary.programmes) {
      expect(programme.disbursedFen - programme.clawedBackFen).toBeLessThanOrEqual(programme.approvedFen);
      expect(programme.approvedFen).toBeLessThanOrEqual(programme.budgetFen);
    }
    for (const history of ledgers.values()) {
      const state = fold<ProgrammeEvent, typeof programmeDecider.initialState>(programmeDecider, history);
      for (const [, committedFen] of entries(state.committedByEnterprise)) expect(committedFen).toBeLessThanOrEqual(state.terms!.capPerEnterpriseFen);
    }
    for (const history of applications) {
      const state = fold<SubsidyEvent, typeof subsidyDecider.initialState>(subsidyDecider, history);
      expect(state.disbursedFen).toBeLessThanOrEqual(state.approvedFen);
      if (state.status === 'closed') expect(state.disbursedFen).toBe(state.approvedFen);
    }
  });

  it('keeps duties apart: managers decide and claw back, finance pays and closes, and no payment reference is used twice', () => {
    const roles = (types: string[]) => new Set(events.filter((event) => types.includes(event.type)).map((event) => event.metadata.actorRole));
    expect(roles(['ProgrammePublished', 'ProgrammeClosed', 'MaterialsRequested', 'SubsidyApproved', 'SubsidyRejected', 'SubsidyClawedBack'])).toEqual(new Set(['manager']));
    expect(roles(['SubsidyDisbursed', 'SubsidyClosed'])).toEqual(new Set(['finance']));
    expect(roles(['SubsidyApplied', 'MaterialsSupplied'])).toEqual(new Set(['agent']));
    const references = ofType('SubsidyDisbursed').map((event) => event.data['paymentReference']);
    expect(new Set(references).size).toBe(references.length);
    expect(ofType('PaymentReferenceReserved').map((event) => event.data['paymentReference']).sort()).toEqual([...references].sort());
  });

  it('claws money back only after its programme has closed', () => {
    const closedAt = new Map(ofType('ProgrammeClosed').map((event) => [event.streamName.slice(PROGRAMME_STREAM_PREFIX.length), event.metadata.occurredAt]));
    for (const history of applications.filter((h) => h.some((event) => event.type === 'SubsidyClawedBack'))) {
      const programmeClosedAt = closedAt.get(String(history[0]!.data['programmeId']));
      for (const clawback of history.filter((event) => event.type === 'SubsidyClawedBack')) expect(clawback.metadata.occurredAt > programmeClosedAt!).toBe(true);
    }
  });

  it('counts as refused exactly the applications rejected because the budget was spent', () => {
    const rejectedForBudget = ofType('SubsidyRejected').filter((event) => event.data['reason'] === BUDGET_SPENT).length;
    expect(summary.budgetRefusals).toBe(rejectedForBudget);
    expect(summary.programmes.reduce((sum, programme) => sum + programme.budgetRefusals, 0)).toBe(rejectedForBudget);
  });
});

describe('the programmes of a large plan', () => {
  it('files a few thousand applications from 2,000 firms, none above its cap, each payment under a reference of its own', () => {
    const plan = planDistrict(seededRandom(1), 2000, NOW);
    expect(plan.applications.length).toBeGreaterThanOrEqual(2000);
    expect(plan.applications.length).toBeLessThanOrEqual(4000);
    const actions = plan.steps.map((step) => step.action);
    for (const action of actions) {
      if (action.kind === 'apply') expect(action.requestedFen).toBeLessThanOrEqual(plan.programmes[action.programme]!.publication.capPerEnterpriseFen);
    }
    const references = actions.flatMap((action) => (action.kind === 'disburse' ? [action.paymentReference] : []));
    expect(new Set(references).size).toBe(references.length);
  });
});

describe('the same seed', () => {
  /** The programmes' and applications' streams, with each firm named by its credit code rather than the id it was given. */
  function subsidyContent(events: readonly RecordedEvent[]) {
    const codeOf = new Map(events.filter((e) => e.type === 'EnterpriseRegistered').map((e) => [String(e.data['enterpriseId']), String(e.data['creditCode'])]));
    const named = (data: Record<string, unknown>) => ('enterpriseId' in data ? { ...data, enterpriseId: codeOf.get(String(data['enterpriseId'])) } : data);
    return events
      .filter((e) => e.streamName.startsWith(PROGRAMME_STREAM_PREFIX) || e.streamName.startsWith(SUBSIDY_STREAM_PREFIX))
      .map((e) => [e.streamName, e.revision, e.type, e.metadata.occurredAt, e.metadata.actorId, named(e.data)] as const)
      .sort(([a, ar], [b, br]) => a.localeCompare(b) || ar - br);
  }

  it('plans the same programmes and applications', () => {
    expect(planDistrict(seededRandom(5), 100, NOW)).toEqual(planDistrict(seededRandom(5), 100, NOW));
  });

  it('writes the same programmes, applications and ledgers whatever the concurrency', async () => {
    const first = await seeded(42, 80);
    const again = await seeded(42, 80, 1);
    expect(subsidyContent(first.events).length).toBeGreaterThan(100);
    expect(subsidyContent(again.events)).toEqual(subsidyContent(first.events));
    expect(again.summary).toEqual(first.summary);
  });
});
