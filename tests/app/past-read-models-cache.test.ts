import { ManualClock } from '../../src/app/clock';
import { PastReadModelsCache } from '../../src/app/past-read-models-cache';
import { MemoryEventStore } from '../../src/eventstore/memory/memory-event-store';
import { PastReadModels } from '../../src/projections/as-of';
import { EmbeddedReadStore } from '../../src/readstore/embedded/embedded-read-store';
import { newEventAt } from '../contract/event-store.contract';
import { countingProjection } from '../support/counting-projection';

const MINUTE = 60_000;

async function setUp() {
  const events = new MemoryEventStore();
  await events.appendToStream('firm-1', [newEventAt('Happened', '2026-01-01T00:00:00.000Z')]);
  const firms = countingProjection('firms', 'firm-');
  const opened: { asOf: string; closed: boolean }[] = [];
  const clock = new ManualClock('2026-06-01T00:00:00.000Z');
  const cache = new PastReadModelsCache(
    (asOf, streams) => {
      const past = new PastReadModels(events, [firms], EmbeddedReadStore.open(':memory:'), asOf, streams);
      const record = { asOf, closed: false };
      opened.push(record);
      const close = past.close.bind(past);
      past.close = () => ((record.closed = true), close());
      return past;
    },
    clock,
    2,
    10 * MINUTE,
  );
  const read = async (asOf: string, streams?: string[]) => {
    const lease = cache.lease(asOf, streams);
    const doc = await lease.reads.collection('firms').findOne({ _id: 'firm-1' });
    await lease.release();
    return doc;
  };
  return { events, cache, clock, opened, read, handed: () => firms.handed };
}

describe('the read models of past instants, kept for the next query', () => {
  it('lends the same instant again without replaying it, caught up with what was appended since', async () => {
    const { events, read, opened, handed } = await setUp();
    expect(await read('2026-12-31T00:00:00Z')).toMatchObject({ events: 1 });
    await events.appendToStream('firm-1', [newEventAt('Again', '2026-02-01T00:00:00.000Z')]);
    expect(await read('2026-12-31T00:00:00.000Z')).toMatchObject({ events: 2 });
    expect(opened).toHaveLength(1);
    expect(handed()).toBe(2);
  });

  it('lets the least recently used instant go when a new one needs room, and any left idle too long', async () => {
    const { read, opened, clock } = await setUp();
    await read('2026-02-01T00:00:00Z');
    await read('2026-03-01T00:00:00Z');
    await read('2026-02-01T00:00:00Z');
    await read('2026-04-01T00:00:00Z');
    expect(opened.map((o) => [o.asOf.slice(0, 7), o.closed])).toEqual([
      ['2026-02', false],
      ['2026-03', true],
      ['2026-04', false],
    ]);
    clock.advance(11 * MINUTE);
    await read('2026-02-01T00:00:00Z');
    expect(opened.map((o) => o.closed)).toEqual([true, true, true, false]);
  });

  it('keeps an instant a query still reads, and closes one replaced meanwhile only once that query is done', async () => {
    const { cache, clock, read, opened } = await setUp();
    const lease = cache.lease('2026-02-01T00:00:00Z');
    await read('2026-03-01T00:00:00Z');
    await read('2026-04-01T00:00:00Z');
    expect(opened.map((o) => o.closed)).toEqual([false, true, false]);
    clock.advance(11 * MINUTE);
    await read('2026-02-01T00:00:00Z');
    expect(opened.map((o) => o.closed)).toEqual([false, true, true, false]);
    expect(await lease.reads.collection('firms').count()).toBe(1);
    await lease.release();
    expect(opened[0]!.closed).toBe(true);
  });

  it('does not keep an instant whose query failed, nor a query of a few streams', async () => {
    const { cache, read, opened } = await setUp();
    await cache.lease('2026-02-01T00:00:00Z').release(true);
    await read('2026-02-01T00:00:00Z');
    await read('2026-02-01T00:00:00Z', ['firm-1']);
    await read('2026-02-01T00:00:00Z', ['firm-1']);
    expect(opened.map((o) => [o.closed])).toEqual([[true], [false], [true], [true]]);
  });
});
