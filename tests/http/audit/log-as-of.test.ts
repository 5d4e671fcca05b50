import { MemoryEventStore } from '../../../src/eventstore/memory/memory-event-store';
import { logAsOf } from '../../../src/http/audit/log-as-of';
import { newEvent } from '../../contract/event-store.contract';

const at = (type: string, occurredAt: string) => {
  const event = newEvent(type);
  return { ...event, metadata: { ...event.metadata, occurredAt } };
};

describe('the log as it stood at a past instant', () => {
  it('reads a stream, and its revision, as far as the events that had occurred by then', async () => {
    const store = new MemoryEventStore();
    await store.appendToStream('s-1', [at('A', '2026-01-01T00:00:00.000Z'), at('B', '2026-02-01T00:00:00.000Z'), at('C', '2026-03-01T00:00:00.000Z')]);
    const past = logAsOf(store, '2026-02-15T00:00:00.000Z');
    expect((await past.readStream('s-1')).map((e) => e.type)).toEqual(['A', 'B']);
    expect(await past.streamRevision('s-1')).toBe(1);
    expect(await logAsOf(store, '2025-12-31T00:00:00.000Z').streamRevision('s-1')).toBe(-1);
    await expect(past.appendToStream('s-1', [newEvent('D')])).rejects.toThrow('cannot be written');
  });
});
