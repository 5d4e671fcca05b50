import { MemoryEventStore } from '../../src/eventstore/memory/memory-event-store';
import { PastReadModels } from '../../src/projections/as-of';
import { EmbeddedReadStore } from '../../src/readstore/embedded/embedded-read-store';
import { newEventAt } from '../contract/event-store.contract';
import { countingProjection } from '../support/counting-projection';

describe('the read models as they stood at a past instant', () => {
  async function logAndProjections() {
    const events = new MemoryEventStore();
    await events.appendToStream('firm-1', [newEventAt('A', '2026-01-01T00:00:00.000Z'), newEventAt('B', '2026-03-01T00:00:00.000Z')]);
    await events.appendToStream('loan-1', [newEventAt('A', '2026-01-02T00:00:00.000Z')]);
    return { events, firms: countingProjection('firms', 'firm-'), loans: countingProjection('loans', 'loan-') };
  }

  it('replays a projection when one of its collections is first read, and only the events that had occurred by then', async () => {
    const { events, firms, loans } = await logAndProjections();
    const past = new PastReadModels(events, [firms, loans], EmbeddedReadStore.open(':memory:'), '2026-02-01T00:00:00.000Z');
    expect(await past.reads.collection('firms').findOne({ _id: 'firm-1' })).toMatchObject({ events: 1 });
    expect(await past.reads.collection('firms').count()).toBe(1);
    expect(firms.handed).toBe(1);
    expect(loans.handed).toBe(0);
    await past.close();
  });

  it('narrows the replay to the streams asked for', async () => {
    const { events, firms, loans } = await logAndProjections();
    const past = new PastReadModels(events, [firms, loans], EmbeddedReadStore.open(':memory:'), '2026-12-31T00:00:00.000Z', ['loan-1']);
    expect(await past.reads.collection('firms').count()).toBe(0);
    expect(await past.reads.collection('loans').findOne({ _id: 'loan-1' })).toMatchObject({ events: 1 });
    await past.close();
  });

  it('is read-only and knows no collection that no projection writes', async () => {
    const { events, firms } = await logAndProjections();
    const past = new PastReadModels(events, [firms], EmbeddedReadStore.open(':memory:'), '2026-12-31T00:00:00.000Z');
    await expect(past.reads.collection('firms').updateOne({ _id: 'firm-1' }, { $set: { events: 9 } })).rejects.toThrow('cannot be written');
    await expect(past.reads.close()).rejects.toThrow('cannot be written');
    expect(() => past.reads.collection('unknown')).toThrow('No projection writes unknown');
    await past.close();
  });

  it('catches up with what the log gained since, applying only what had occurred by then', async () => {
    const { events, firms, loans } = await logAndProjections();
    const past = new PastReadModels(events, [firms, loans], EmbeddedReadStore.open(':memory:'), '2026-06-01T00:00:00.000Z');
    expect(await past.reads.collection('firms').findOne({ _id: 'firm-1' })).toMatchObject({ events: 2 });
    await events.appendToStream('firm-1', [newEventAt('C', '2026-05-01T00:00:00.000Z'), newEventAt('D', '2026-07-01T00:00:00.000Z')]);
    past.catchUp();
    expect(await past.reads.collection('firms').findOne({ _id: 'firm-1' })).toMatchObject({ events: 3 });
    expect(firms.handed).toBe(3);
    expect(loans.handed).toBe(0);
    await past.close();
  });
});

describe('a catch-up of a projection no query waits for', () => {
  it('fails quietly when the store is closed under it, and the next read of that projection gets the failure', async () => {
    const events = new MemoryEventStore();
    await events.appendToStream('firm-1', [newEventAt('A', '2026-01-01T00:00:00.000Z')]);
    const firms = countingProjection('firms', 'firm-');
    const past = new PastReadModels(events, [firms], EmbeddedReadStore.open(':memory:'), '2026-12-31T00:00:00.000Z');
    await past.reads.collection('firms').count();
    await events.appendToStream('firm-1', [newEventAt('B', '2026-02-01T00:00:00.000Z')]);
    past.catchUp();
    await past.close();
    await new Promise((resolve) => setImmediate(resolve));
    await expect(past.reads.collection('firms').count()).rejects.toThrow();
  });
});
