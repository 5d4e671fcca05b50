import { agentsCovering, seedDistrict, seededRandom } from '../../src/cli/seed';
import type { RecordedEvent } from '../../src/eventstore/event-store';
import { coreOn } from '../support/test-app';

// The seed must not depend on whether registering as an agent assigns the concierge: here it does not.
jest.mock('../../src/domain/enterprise/decide', () => {
  const actual = jest.requireActual<typeof import('../../src/domain/enterprise/decide')>('../../src/domain/enterprise/decide');
  return {
    ...actual,
    decideEnterprise: (...args: Parameters<typeof actual.decideEnterprise>) =>
      actual.decideEnterprise(...args).filter((event) => args[0].type !== 'RegisterEnterprise' || event.type !== 'ConciergeAssigned'),
  };
});

describe('seeding when registration does not assign the concierge', () => {
  it('still gives every firm an agent registered by an agent that very agent, at once', async () => {
    const core = coreOn();
    const summary = await seedDistrict(core, { firms: 100, random: seededRandom(5), now: '2026-03-02T02:00:00.000Z' });
    const { events } = await core.events.readAll({ maxCount: 10_000 });
    const byStream = new Map<string, RecordedEvent[]>();
    for (const event of events) byStream.set(event.streamName, [...(byStream.get(event.streamName) ?? []), event]);

    const registrations = events.filter((event) => event.type === 'EnterpriseRegistered');
    const byAgents = registrations.filter((event) => event.metadata.actorRole === 'agent');
    expect(byAgents.length).toBeGreaterThan(0);
    for (const registered of byAgents) {
      const [first, second] = byStream.get(registered.streamName)!;
      expect(first!.type).toBe('EnterpriseRegistered');
      expect(second).toMatchObject({ type: 'ConciergeAssigned', data: { agentId: registered.metadata.actorId, previousAgentId: null } });
      expect(second!.metadata.occurredAt).toBe(registered.metadata.occurredAt);
      // Written by the seed's own assignment, not by the registration: the mock is in force.
      expect(second!.metadata.correlationId).not.toBe(registered.metadata.correlationId);
    }
    for (const assigned of events.filter((event) => event.type === 'ConciergeAssigned')) {
      const township = String(byStream.get(assigned.streamName)![0]!.data['township']);
      expect(agentsCovering(township).map((agent) => agent.id)).toContain(assigned.data['agentId']);
    }
    expect(summary.eventsByType['ConciergeAssigned']).toBe(events.filter((event) => event.type === 'ConciergeAssigned').length);
    expect(summary.unassigned).toBeLessThanOrEqual(5);
  });
});
