import { MemoryEventStore } from '../../../src/eventstore/memory/memory-event-store';
import { logAsOf } from '../../../src/http/audit/log-as-of';
import { newEvent, newEventAt } from '../../contract/event-store.contract';

describe('the log as it stood at a past instant', () => {
  it('reads a stream, and its revision, as far as the events that had occurred by then', async () => {
    const store = new MemoryEventStore();
    await store.appendToStream('s-1', [newEventAt('A', '2026-01-01T00:00:00.000Z'), newEventAt('B', '2026-02-01T00:00:00.000Z'), newEventAt('C', '2026-03-01T00:00:00.000Z')]);
    const past = logAsOf(store, '2026-02-15T00:00:00.000Z');
    expect((await past.readStream('s-1')).map((e) => e.type)).toEqual(['A', 'B']);
    expect(await past.streamRevision('s-1')).toBe(1);
    expect(await logAsOf(store, '2025-12-31T00:00:00.000Z').streamRevision('s-1')).toBe(-1);
    await expect(past.appendToStream('s-1', [newEvent('D')])).rejects.toThrow('cannot be written');
  });
});
