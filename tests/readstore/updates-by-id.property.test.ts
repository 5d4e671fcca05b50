import fc from 'fast-check';
import { EmbeddedReadStore } from '../../src/readstore/embedded/embedded-read-store';
import type { WriteOp, WriteResult } from '../../src/readstore/read-store';

const id = fc.constantFrom('f1', 'f2', 'f3');
const scalar = fc.oneof(fc.constantFrom('x', 'y', 'z'), fc.integer({ min: -3, max: 3 }));
const update = fc.oneof(
  fc.record({ $set: fc.record({ status: fc.constantFrom('open', 'closed'), score: scalar }, { requiredKeys: [] }) }),
  fc.record({ $inc: fc.record({ visits: fc.integer({ min: -2, max: 2 }) }) }),
  fc.record({ $push: fc.record({ owners: scalar }) }),
  fc.record({ $pull: fc.record({ owners: scalar }) }),
  fc.record({ $unset: fc.record({ status: fc.constant('') }) }),
);
const byIdOp = fc.record({ id, update, upsert: fc.boolean() }).map(
  ({ id: target, update: change, upsert }): WriteOp => ({ updateOne: { filter: { _id: target }, update: change, upsert } }),
);
/** Other writes between the runs of `_id` updates, which must see those updates already applied. */
const otherOp = fc.constantFrom<WriteOp>(
  { updateMany: { filter: { status: 'open' }, update: { $inc: { reopened: 1 } } } },
  { deleteOne: { filter: { status: 'closed' } } },
);
const ops = fc.array(fc.oneof({ weight: 4, arbitrary: byIdOp }, { weight: 1, arbitrary: otherOp }), { minLength: 1, maxLength: 25 });

async function freshStore(): Promise<EmbeddedReadStore> {
  const store = EmbeddedReadStore.open(':memory:');
  await store.collection('firms').createIndex({ keys: { status: 1 } });
  await store.collection('firms').bulkWrite([{ insertOne: { document: { _id: 'f1', status: 'open', owners: ['x'], visits: 1 } } }]);
  return store;
}

describe('a bulk write of updates by _id', () => {
  it('leaves the documents, their indexes and the counts exactly as the same updates applied one at a time', async () => {
    await fc.assert(
      fc.asyncProperty(ops, async (writes) => {
        const together = await freshStore();
        const oneByOne = await freshStore();
        try {
          const bulk = await together.collection('firms').bulkWrite(writes);
          const single: WriteResult[] = [];
          for (const op of writes) single.push(await oneByOne.collection('firms').bulkWrite([op]));
          const summed = single.reduce((a, b) => ({
            insertedCount: a.insertedCount + b.insertedCount,
            matchedCount: a.matchedCount + b.matchedCount,
            modifiedCount: a.modifiedCount + b.modifiedCount,
            upsertedCount: a.upsertedCount + b.upsertedCount,
            deletedCount: a.deletedCount + b.deletedCount,
          }));
          expect(bulk).toEqual(summed);
          expect(await together.collection('firms').find({}, { sort: { _id: 1 } })).toEqual(await oneByOne.collection('firms').find({}, { sort: { _id: 1 } }));
          for (const status of ['open', 'closed', null]) {
            const ids = async (store: EmbeddedReadStore): Promise<unknown[]> => (await store.collection('firms').find({ status }, { sort: { _id: 1 } })).map((d) => d._id);
            expect(await ids(together)).toEqual(await ids(oneByOne));
          }
        } finally {
          await together.close();
          await oneByOne.close();
        }
      }),
      { numRuns: 150 },
    );
  });
});
