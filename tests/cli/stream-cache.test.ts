import { StreamCache } from '../../src/cli/seed/stream-cache';
import type { NewEvent } from '../../src/eventstore/event-store';
import { MemoryEventStore } from '../../src/eventstore/memory/memory-event-store';

const event = (n: number): NewEvent => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  type: 'Happened',
  schemaVersion: 1,
  data: { n },
  metadata: { actorId: 'm-1', actorRole: 'manager', correlationId: 'c', causationId: null, occurredAt: '2026-03-02T02:00:00.000Z' },
});

describe('the seed’s stream cache', () => {
  it('reads a stream whole, then what was appended since, whoever appended it; overlapping reads see each event once', async () => {
    const store = new MemoryEventStore();
    const cache = new StreamCache(store);
    await store.appendToStream('s', [event(0), event(1)]);
    expect((await cache.readStream('s')).map((e) => e.data['n'])).toEqual([0, 1]);
    await cache.appendToStream('s', [event(2)]);
    await store.appendToStream('s', [event(3)]);
    const [first, second] = await Promise.all([cache.readStream('s'), cache.readStream('s')]);
    expect(first!.map((e) => e.revision)).toEqual([0, 1, 2, 3]);
    expect(second).toEqual(first);
    expect(await cache.readStream('s', { direction: 'backwards', maxCount: 1 })).toMatchObject([{ revision: 3 }]);
  });
});
