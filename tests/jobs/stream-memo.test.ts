import { MemoryEventStore } from '../../src/eventstore/memory/memory-event-store';
import { StreamMemo } from '../../src/jobs/stream-memo';

const event = (id: string) => ({
  id,
  type: 'Noted',
  schemaVersion: 1,
  data: {},
  metadata: { actorId: 'a-1', actorRole: 'agent', correlationId: id, causationId: null, occurredAt: '2026-03-02T02:00:00.000Z' },
});

describe('a stream memo', () => {
  it('works a value out again only when the stream has grown or what else it depends on changed', async () => {
    const store = new MemoryEventStore();
    const memo = new StreamMemo<number>(store, 2);
    let computed = 0;
    const length = () => memo.get('s-1', async () => ((computed += 1), (await store.readStream('s-1')).length));
    await store.appendToStream('s-1', [event('e-1')]);
    expect(await length()).toBe(1);
    expect(await length()).toBe(1);
    expect(computed).toBe(1);
    await store.appendToStream('s-1', [event('e-2')]);
    expect(await length()).toBe(2);
    expect(computed).toBe(2);
    const calendar = {};
    await memo.get('s-1', async () => ((computed += 1), 0), calendar);
    await memo.get('s-1', async () => ((computed += 1), 0), calendar);
    expect(computed).toBe(3);
  });

  it('keeps at most its capacity, forgetting the oldest', async () => {
    const store = new MemoryEventStore();
    const memo = new StreamMemo<string>(store, 2);
    const computed: string[] = [];
    const get = (stream: string) => memo.get(stream, async () => (computed.push(stream), stream));
    for (const stream of ['a', 'b', 'c', 'a']) await get(stream);
    expect(computed).toEqual(['a', 'b', 'c', 'a']);
    await get('c');
    expect(computed).toEqual(['a', 'b', 'c', 'a']);
  });
});
