import type { RecordedEvent } from '../../src/eventstore/event-store';
import type { Projection } from '../../src/projections/projection';
import { BatchWrites } from '../../src/projections/writes';
import { EmbeddedReadStore } from '../../src/readstore/embedded/embedded-read-store';

/** A running total per stream, kept by reading the total so far, and each total reached: the simplest join across events. */
const totals: Projection = {
  name: 'totals',
  filter: {},
  collections: { totals: [], reached: [] },
  async project(event, lookup) {
    const before = await lookup('totals', event.streamName);
    const total = Number(before?.['total'] ?? 0) + Number(event.data['amount']);
    return [
      { collection: 'totals', id: event.streamName, update: { $set: { total } } },
      { collection: 'reached', id: `${event.streamName}@${total}`, update: { $set: { total } } },
    ];
  },
};

const event = (position: number, stream: string, amount: number): RecordedEvent => ({
  id: `e-${position}`,
  streamName: stream,
  revision: 0,
  position,
  type: 'Added',
  schemaVersion: 1,
  data: { amount },
  metadata: { actorId: 'x', actorRole: 'admin', correlationId: 'c', causationId: null, occurredAt: '2026-01-01T00:00:00.000Z', previousHash: null, hash: 'h' },
});

async function applyBatch(reads: EmbeddedReadStore, projection: Projection, events: RecordedEvent[], guarded = true): Promise<void> {
  const batch = new BatchWrites((c) => c, guarded, reads);
  for (const e of events) await batch.add(projection, e);
  await reads.writeAtomically(await batch.toWrites(reads, projection.name, undefined));
}

describe('lookups', () => {
  it("see the batch's own earlier updates, and what earlier batches stored", async () => {
    const reads = EmbeddedReadStore.open(':memory:');
    await applyBatch(reads, totals, [event(1, 'a', 5), event(2, 'b', 1), event(3, 'a', 7)]);
    await applyBatch(reads, totals, [event(4, 'a', 10)]);
    expect(await reads.collection('totals').find({}, { sort: { _id: 1 } })).toEqual([
      { _id: 'a', total: 22, _position: 4 },
      { _id: 'b', total: 1, _position: 2 },
    ]);
  });

  it('recognise an event applied before, and leave out all its updates, so it counts once', async () => {
    const reads = EmbeddedReadStore.open(':memory:');
    await applyBatch(reads, totals, [event(1, 'a', 5), event(2, 'a', 7)]);
    await applyBatch(reads, totals, [event(2, 'a', 7), event(3, 'a', 1)]);
    expect(await reads.collection('totals').findOne({ _id: 'a' })).toEqual({ _id: 'a', total: 13, _position: 3 });
    expect((await reads.collection('reached').find({}, { sort: { total: 1 } })).map((doc) => doc._id)).toEqual(['a@5', 'a@12', 'a@13']);
  });

  it('read only collections the projection owns, written with top-level $set only', async () => {
    const reads = EmbeddedReadStore.open(':memory:');
    const prying: Projection = { ...totals, name: 'prying', project: async (_e, lookup) => (await lookup('enterprises', 'x'), []) };
    await expect(applyBatch(reads, prying, [event(1, 'a', 1)])).rejects.toThrow('looks up enterprises, which it does not own');
    const incrementing: Projection = {
      ...totals,
      async project(e, lookup) {
        await lookup('totals', e.streamName);
        return [{ collection: 'totals', id: e.streamName, update: { $inc: { total: 1 } } }];
      },
    };
    await expect(applyBatch(reads, incrementing, [event(1, 'a', 1), event(2, 'a', 1)])).rejects.toThrow('top-level $set only');
  });
});
