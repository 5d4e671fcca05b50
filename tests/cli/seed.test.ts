import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_AGENTS, DEMO_USERS, agentsCovering, seedDistrict, seededRandom, type SeedSummary } from '../../src/cli/seed';
import { PARK_PROFILES } from '../../src/cli/seed/district-weights';
import { HISTORY_RATES } from '../../src/cli/seed/firm-history';
import { planDistrict } from '../../src/cli/seed/seed-plan';
import { isOfficeHours, workingMinutesBetween, WORKING_DAY_MINUTES } from '../../src/cli/seed/working-time';
import { INDUSTRY_DIVISION, PARKS, TOWNSHIPS } from '../../src/domain/enterprise/district';
import { ENTERPRISE_STREAM_PREFIX } from '../../src/domain/enterprise/enterprise';
import type { RecordedEvent } from '../../src/eventstore/event-store';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { usccProblem } from '../../src/domain/uscc';
import { everything, seedCore, streamsOf } from './seeded-events';

const NOW = '2026-03-02T02:00:00.000Z';
const TWO_YEARS_AGO = '2024-03-02T02:00:00.000Z';
const FIRMS = 200;

async function seed(seedNumber: number, { firms = FIRMS, concurrency }: { firms?: number; concurrency?: number } = {}) {
  const core = seedCore();
  const summary = await seedDistrict(core, { firms, random: seededRandom(seedNumber), now: NOW, concurrency });
  return { core, summary, events: await everything(core.events) };
}

interface Firm {
  stream: string;
  events: RecordedEvent[];
  registered: Record<string, unknown>;
}

function firmsOf(events: readonly RecordedEvent[]): Firm[] {
  return [...streamsOf(events, ENTERPRISE_STREAM_PREFIX)].map(([stream, history]) => {
    const registered = history.find((event) => event.type === 'EnterpriseRegistered');
    if (!registered) throw new Error(`${stream} has no registration`);
    return { stream, events: history, registered: registered.data };
  });
}

/** What a seed means, without the random ids the application gives firms and events. */
function content(events: readonly RecordedEvent[]) {
  return firmsOf(events)
    .map((firm) => ({
      registered: { ...firm.registered, enterpriseId: undefined } as Record<string, unknown>,
      history: firm.events.map((event) => [event.type, event.metadata.occurredAt, event.metadata.actorId, event.type === 'EnterpriseRegistered' ? null : event.data]),
    }))
    .sort((a, b) => String(a.registered['creditCode']).localeCompare(String(b.registered['creditCode'])));
}

const countBy = <T>(items: readonly T[], key: (item: T) => string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
};

const lastAgent = (firm: Firm): string | null => firm.events.filter((event) => event.type === 'ConciergeAssigned').at(-1)?.data['agentId'] as string | undefined ?? null;

describe('the demo users', () => {
  it('has twelve agents a-1 … a-12, a manager, a finance officer and an admin, with distinct ids', () => {
    expect(DEMO_AGENTS.map((agent) => agent.id)).toEqual(Array.from({ length: 12 }, (_, i) => `a-${i + 1}`));
    expect(DEMO_USERS.filter((user) => user.role !== 'agent').map((user) => [user.id, user.role])).toEqual([
      ['m-1', 'manager'],
      ['f-1', 'finance'],
      ['admin-1', 'admin'],
    ]);
    expect(new Set(DEMO_USERS.map((user) => user.id)).size).toBe(DEMO_USERS.length);
    for (const user of DEMO_USERS) expect(user.name).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
  });

  it('covers every township with at least one agent, and only townships of the district', () => {
    for (const township of TOWNSHIPS) expect(agentsCovering(township).length).toBeGreaterThan(0);
    for (const agent of DEMO_AGENTS) for (const township of agent.townships) expect(TOWNSHIPS).toContain(township);
  });
});

describe('seeding the district', () => {
  let summary: SeedSummary;
  let events: RecordedEvent[];
  let firms: Firm[];
  let clockAfter: string;

  beforeAll(async () => {
    const seeded = await seed(20260302);
    ({ summary, events } = seeded);
    firms = firmsOf(events);
    clockAfter = seeded.core.clock.now();
  });

  it('registers the firms asked for, each with exactly one EnterpriseRegistered as its first event', () => {
    expect(firms).toHaveLength(FIRMS);
    expect(summary.firms).toBe(FIRMS);
    for (const firm of firms) {
      expect(firm.events.filter((event) => event.type === 'EnterpriseRegistered')).toHaveLength(1);
      expect(firm.events[0]!.type).toBe('EnterpriseRegistered');
    }
  });

  it('gives every firm a valid, distinct credit code of 武陵区: 91 for companies, 92 for individual businesses', () => {
    const codes = firms.map((firm) => String(firm.registered['creditCode']));
    expect(new Set(codes).size).toBe(codes.length);
    for (const firm of firms) {
      const code = String(firm.registered['creditCode']);
      const name = String(firm.registered['name']);
      expect(usccProblem(code)).toBeUndefined();
      expect(code).toMatch(/^9[12]430702/);
      if (code.startsWith('91')) expect(name).toMatch(/^常德[\u4e00-\u9fa5]{2}[\u4e00-\u9fa5]+有限公司$/);
      else expect(name).toMatch(/^武陵区[\u4e00-\u9fa5]{3,}$/);
    }
    expect(codes.filter((code) => code.startsWith('92')).length).toBeGreaterThan(0);
  });

  it('gives every firm a distinct name, a legal representative, a GB/T 4754 division, a township, capital in fen', () => {
    const names = firms.map((firm) => firm.registered['name']);
    expect(new Set(names).size).toBe(names.length);
    for (const { registered } of firms) {
      expect(registered['legalRepresentative']).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
      expect(registered['industry']).toMatch(INDUSTRY_DIVISION);
      expect(TOWNSHIPS).toContain(registered['township']);
      expect(Number.isSafeInteger(registered['registeredCapitalFen'])).toBe(true);
      expect(registered['registeredCapitalFen']).toBeGreaterThan(0);
    }
    const online = firms.filter((firm) => firm.registered['channel'] === 'online').length;
    expect(online / FIRMS).toBeGreaterThan(0.6);
  });

  it('puts only firms of matching industries in a park, in the township of that park', () => {
    const inParks = firms.filter((firm) => firm.registered['park'] !== null);
    expect(inParks.length).toBeGreaterThan(0);
    for (const { registered } of inParks) {
      expect(PARKS).toContain(registered['park']);
      const profile = PARK_PROFILES.find((candidate) => candidate.park === registered['park'])!;
      expect(Object.keys(profile.shareByIndustry)).toContain(registered['industry']);
      expect(registered['township']).toBe(profile.township);
    }
  });

  it('dates every event within the two years before now, in order within each stream', () => {
    for (const event of events) {
      expect(event.metadata.occurredAt >= TWO_YEARS_AGO && event.metadata.occurredAt <= NOW).toBe(true);
    }
    for (const firm of firms) {
      const instants = firm.events.map((event) => event.metadata.occurredAt);
      expect(instants).toEqual([...instants].sort());
    }
    expect(clockAfter).toBe(NOW);
  });

  it('registers mostly on working days in office hours, always by the agent who becomes the concierge', () => {
    const registrations = firms.map((firm) => firm.events[0]!);
    const inOfficeHours = registrations.filter((event) => isOfficeHours(Date.parse(event.metadata.occurredAt))).length;
    expect(inOfficeHours / registrations.length).toBeGreaterThan(0.7);
    for (const event of registrations) expect(event.metadata.actorRole).toBe('agent');
    for (const firm of firms) expect(firm.events[1]).toMatchObject({ type: 'ConciergeAssigned', data: { agentId: firm.events[0]!.metadata.actorId } });
    for (const event of registrations.filter((e) => e.data['channel'] === 'window')) expect(isOfficeHours(Date.parse(event.metadata.occurredAt))).toBe(true);
  });

  it('licenses nearly every firm within 0.5 to 2 working days, and issues most a starter kit of 300 to 600 yuan', () => {
    const licensed = firms.filter((firm) => firm.events.some((event) => event.type === 'LicenceIssued'));
    expect(licensed.length / FIRMS).toBeGreaterThan(0.9);
    for (const firm of licensed) {
      const licence = firm.events.find((event) => event.type === 'LicenceIssued')!;
      const lead = workingMinutesBetween(Date.parse(firm.events[0]!.metadata.occurredAt), Date.parse(licence.metadata.occurredAt));
      expect(lead).toBeGreaterThanOrEqual(0.5 * WORKING_DAY_MINUTES - 1);
      expect(lead).toBeLessThanOrEqual(2 * WORKING_DAY_MINUTES + 1);
    }
    const kits = events.filter((event) => event.type === 'StarterKitIssued');
    expect(kits.length / licensed.length).toBeGreaterThan(0.85);
    for (const kit of kits) {
      expect(Number.isSafeInteger(kit.data['costFen'])).toBe(true);
      expect(kit.data['costFen']).toBeGreaterThanOrEqual(30_000);
      expect(kit.data['costFen']).toBeLessThanOrEqual(60_000);
    }
  });

  it('assigns only agents who cover the firm’s township, and never an agent the firm already has', () => {
    for (const firm of firms) {
      for (const event of firm.events.filter((e) => e.type === 'ConciergeAssigned')) {
        expect(agentsCovering(String(firm.registered['township'])).map((agent) => agent.id)).toContain(event.data['agentId']);
        expect(event.data['agentId']).not.toBe(event.data['previousAgentId']);
      }
    }
    expect(firms.filter((firm) => lastAgent(firm) !== null).length / FIRMS).toBeGreaterThan(0.95);
  });

  it('adds up in the summary to exactly what is in the store', () => {
    expect(summary.eventsByType).toEqual({ ...Object.fromEntries(Object.keys(summary.eventsByType).map((type) => [type, 0])), ...countBy(events, (event) => event.type) });
    expect(summary.events).toBe(events.length);
    expect(summary.firmsByTownship).toEqual({ ...Object.fromEntries(TOWNSHIPS.map((t) => [t, 0])), ...countBy(firms, (firm) => String(firm.registered['township'])) });
    const assigned = firms.filter((firm) => lastAgent(firm) !== null);
    expect(summary.firmsByAgent).toEqual({ ...Object.fromEntries(DEMO_AGENTS.map((a) => [a.id, 0])), ...countBy(assigned, (firm) => lastAgent(firm)!) });
    expect(summary.unassigned).toBe(FIRMS - assigned.length);
    const lastOf = (firm: Firm, types: string[]) => firm.events.filter((event) => types.includes(event.type)).at(-1)?.type;
    expect(summary.blacklisted).toBe(firms.filter((firm) => lastOf(firm, ['EnterpriseBlacklisted', 'BlacklistLifted']) === 'EnterpriseBlacklisted').length);
    expect(summary.deregistered).toBe(events.filter((event) => event.type === 'EnterpriseDeregistered').length);
    expect(summary.starterKitCostFen).toBe(events.filter((e) => e.type === 'StarterKitIssued').reduce((sum, e) => sum + Number(e.data['costFen']), 0));
  });

  it('ends a deregistered firm’s history with its deregistration', () => {
    for (const firm of firms.filter((f) => f.events.some((event) => event.type === 'EnterpriseDeregistered'))) {
      expect(firm.events.at(-1)!.type).toBe('EnterpriseDeregistered');
    }
  });
});

describe('the same seed', () => {
  it('produces the same firms and histories, whatever the concurrency; another seed produces others', async () => {
    const first = await seed(42, { firms: 60 });
    const again = await seed(42, { firms: 60, concurrency: 1 });
    const other = await seed(43, { firms: 60 });
    expect(content(again.events)).toEqual(content(first.events));
    expect(again.summary).toEqual(first.summary);
    expect(content(other.events)).not.toEqual(content(first.events));
  });

  it('writes nothing new when run again on the same store', async () => {
    const core = seedCore();
    await seedDistrict(core, { firms: 40, random: seededRandom(7), now: NOW });
    const head = await core.events.headPosition();
    await seedDistrict(core, { firms: 40, random: seededRandom(7), now: NOW });
    expect(await core.events.headPosition()).toBe(head);
  });
});

describe('the rates of a large plan', () => {
  it('blacklists about 1%, lifts a few, deregisters about 2% and reassigns a few of 2,000 firms', () => {
    const plan = planDistrict(seededRandom(1), 2000, NOW);
    const firmsWith = (type: string) => plan.firms.filter((firm) => firm.steps.some((step) => step.action.kind === 'firm-command' && step.action.command.type === type)).length;
    const reassigned = firmsWith('AssignConcierge');
    expect(firmsWith('BlacklistEnterprise')).toBeGreaterThanOrEqual(10);
    expect(firmsWith('BlacklistEnterprise')).toBeLessThanOrEqual(40);
    expect(firmsWith('LiftBlacklist')).toBeGreaterThan(0);
    expect(firmsWith('DeregisterEnterprise')).toBeGreaterThanOrEqual(20);
    expect(firmsWith('DeregisterEnterprise')).toBeLessThanOrEqual(60);
    expect(reassigned / 2000).toBeGreaterThan(HISTORY_RATES.reassigned / 3);
    expect(2000 - firmsWith('IssueLicence')).toBeLessThanOrEqual(60);
  });
});

describe('seeding SQLite', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'concierge-seed-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // The default 2,000 firms take some thirty seconds (see `npm run seed`); 400 take the same paths.
  it('seeds 400 firms and their subsidies into the SQLite store, every event accounted for', async () => {
    const store = SqliteEventStore.open(join(dir, 'events.db'));
    try {
      const core = seedCore(store);
      const summary = await seedDistrict(core, { firms: 400, random: seededRandom(2026), now: NOW });
      expect(summary.firms).toBe(400);
      expect(summary.applications).toBeGreaterThan(400);
      expect(await store.headPosition()).toBe(summary.events);
    } finally {
      await store.close();
    }
  }, 90_000);
});
