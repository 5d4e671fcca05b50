import type { SubscriptionBatch } from '../../src/eventstore/event-store';
import { MemoryEventStore } from '../../src/eventstore/memory/memory-event-store';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';

const event = (type: string) => ({ id: crypto.randomUUID(), type, schemaVersion: 1, data: {}, metadata: { actorId: 'a-1', actorRole: 'agent', correlationId: 'c', causationId: null, occurredAt: '2026-03-02T02:00:00.000Z' } });

describe.each([
  ['memory', () => new MemoryEventStore()],
  ['sqlite', () => SqliteEventStore.open(':memory:')],
])('a filtered subscription on the %s store', (_name, open) => {
  it('moves its position past the events its filter leaves out, so its lag is measured against the head', async () => {
    const store = open();
    await store.appendToStream('enterprise-1', [event('Mine')]);
    const batches: SubscriptionBatch[] = [];
    const subscription = store.subscribeToAll({ filter: { streamPrefixes: ['enterprise-'] } }, async (batch) => {
      batches.push(batch);
    });
    const { position: otherPosition } = await store.appendToStream('calendar-2027', [event('NotMine')]);
    const deadline = Date.now() + 5000;
    while ((batches.at(-1)?.position ?? 0) < otherPosition && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    await subscription.close();
    expect(batches.at(-1)).toMatchObject({ events: [], position: otherPosition, live: true });
    expect(batches.flatMap((b) => b.events.map((e) => e.type))).toEqual(['Mine']);
    await store.close();
  });
});
