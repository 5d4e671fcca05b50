import { randomUUID } from 'node:crypto';
import { findPage, InvalidCursorError } from '../../src/readstore/paginate';
import { DuplicateKeyError, type Collection, type Document, type ReadStore } from '../../src/readstore/read-store';

export interface ReadStoreFixture {
  store: ReadStore;
  dispose(): Promise<void>;
}

type Firm = Document & { name?: string; township?: string; capitalFen?: number; tags?: string[]; owner?: { agentId: string } | null };

const firms: Firm[] = [
  { _id: 'f1', name: '云帆科技', township: '穿紫河街道', capitalFen: 500, tags: ['tech', 'park'], owner: { agentId: 'a-1' } },
  { _id: 'f2', name: '丹洲农业', township: '丹洲乡', capitalFen: 100, tags: ['farm'], owner: { agentId: 'a-2' } },
  { _id: 'f3', name: '芙蓉物流', township: '穿紫河街道', capitalFen: 300, tags: [], owner: null },
  { _id: 'f4', name: 'Alpha', township: '丹洲乡', capitalFen: 300 },
  { _id: 'f5', name: 'beta', capitalFen: 900, tags: ['tech'] },
];

/** Every ReadStore adapter must pass this suite; collections are namespaced per test so a shared server works too. */
export function describeReadStoreContract(adapter: string, open: () => Promise<ReadStoreFixture>): void {
  describe(`ReadStore contract: ${adapter}`, () => {
    let fixture: ReadStoreFixture;
    let store: ReadStore;
    let ns: string;
    beforeEach(async () => {
      fixture = await open();
      store = fixture.store;
      ns = `t${randomUUID().slice(0, 8)}`;
    });
    afterEach(async () => {
      for (const name of await store.listCollections()) if (name.startsWith(ns)) await store.dropCollection(name);
      await fixture.dispose();
    });
    const named = (name: string): string => `${ns}_${name}`;
    const seeded = async (indexed: boolean): Promise<Collection<Firm>> => {
      const collection = store.collection<Firm>(named(indexed ? 'indexed' : 'plain'));
      if (indexed) {
        for (const path of ['township', 'capitalFen', 'name', 'tags', 'owner.agentId']) {
          await collection.createIndex({ keys: { [path]: 1 } });
        }
      }
      await collection.bulkWrite(firms.map((document) => ({ insertOne: { document } })));
      return collection;
    };
    const ids = (docs: Document[]): string[] => docs.map((d) => d._id);

    describe.each([false, true])('querying (indexed: %s)', (indexed) => {
      let firmsCollection: Collection<Firm>;
      beforeEach(async () => {
        firmsCollection = await seeded(indexed);
      });

      it('finds by _id, equality, $in, ranges, nested paths and array members', async () => {
        expect(await firmsCollection.findOne({ _id: 'f2' })).toEqual(firms[1]);
        expect(ids(await firmsCollection.find({ township: '穿紫河街道' }, { sort: { _id: 1 } }))).toEqual(['f1', 'f3']);
        expect(ids(await firmsCollection.find({ township: { $in: ['丹洲乡', 'nowhere'] } }, { sort: { _id: 1 } }))).toEqual(['f2', 'f4']);
        expect(ids(await firmsCollection.find({ capitalFen: { $gte: 300, $lt: 900 } }, { sort: { _id: 1 } }))).toEqual(['f1', 'f3', 'f4']);
        expect(ids(await firmsCollection.find({ 'owner.agentId': 'a-1' }))).toEqual(['f1']);
        expect(ids(await firmsCollection.find({ tags: 'tech' }, { sort: { _id: 1 } }))).toEqual(['f1', 'f5']);
        expect(ids(await firmsCollection.find({ township: null }))).toEqual(['f5']);
        expect(ids(await firmsCollection.find({ $and: [{ township: '丹洲乡' }, { capitalFen: 300 }] }))).toEqual(['f4']);
        expect(ids(await firmsCollection.find({ name: { $regex: '科技|物流' } }, { sort: { _id: 1 } }))).toEqual(['f1', 'f3']);
        expect(ids(await firmsCollection.find({ $or: [{ _id: 'f5' }, { capitalFen: 100 }] }, { sort: { _id: 1 } }))).toEqual(['f2', 'f5']);
        expect(await firmsCollection.findOne({ _id: 'missing' })).toBeNull();
      });

      it('sorts on several keys, skips and limits, with ties broken by the next key', async () => {
        expect(ids(await firmsCollection.find({}, { sort: { capitalFen: -1, _id: 1 } }))).toEqual(['f5', 'f1', 'f3', 'f4', 'f2']);
        expect(ids(await firmsCollection.find({}, { sort: { capitalFen: 1, _id: -1 }, limit: 2 }))).toEqual(['f2', 'f4']);
        expect(ids(await firmsCollection.find({}, { sort: { capitalFen: 1, _id: 1 }, skip: 1, limit: 2 }))).toEqual(['f3', 'f4']);
        expect(ids(await firmsCollection.find({}, { sort: { township: 1, _id: 1 }, limit: 2 }))).toEqual(['f5', 'f2']);
        expect(ids(await firmsCollection.find({ capitalFen: { $gt: 100 } }, { sort: { name: 1 }, limit: 2 }))).toEqual(['f4', 'f5']);
      });

      it('counts, projects and aggregates', async () => {
        expect(await firmsCollection.count()).toBe(5);
        expect(await firmsCollection.count({ township: '丹洲乡' })).toBe(2);
        expect(await firmsCollection.find({ _id: 'f1' }, { projection: { name: 1 } })).toEqual([{ _id: 'f1', name: '云帆科技' }]);
        const totals = await firmsCollection.aggregate([
          { $match: { township: { $in: ['穿紫河街道', '丹洲乡'] } } },
          { $group: { _id: '$township', capitalFen: { $sum: '$capitalFen' }, firms: { $sum: 1 } } },
          { $sort: { _id: 1 } },
        ]);
        expect(totals).toEqual([
          { _id: '丹洲乡', capitalFen: 400, firms: 2 },
          { _id: '穿紫河街道', capitalFen: 800, firms: 2 },
        ]);
      });
    });

    describe('writing', () => {
      it('updates with operators and reports matched and modified counts', async () => {
        const collection = await seeded(true);
        const result = await collection.updateOne({ _id: 'f1' }, { $set: { township: '丹洲乡' }, $inc: { capitalFen: 1 }, $push: { tags: 'new' } });
        expect(result).toMatchObject({ matchedCount: 1, modifiedCount: 1, upsertedCount: 0 });
        expect(await collection.findOne({ _id: 'f1' })).toMatchObject({ township: '丹洲乡', capitalFen: 501, tags: ['tech', 'park', 'new'] });
        expect(ids(await collection.find({ township: '丹洲乡' }, { sort: { _id: 1 } }))).toEqual(['f1', 'f2', 'f4']);
        expect(await collection.updateOne({ _id: 'f1' }, { $set: { township: '丹洲乡' } })).toMatchObject({ matchedCount: 1, modifiedCount: 0 });
        expect(await collection.updateOne({ _id: 'nope' }, { $set: { x: 1 } })).toMatchObject({ matchedCount: 0, modifiedCount: 0 });
        await collection.updateOne({ _id: 'f1' }, { $unset: { owner: '' } });
        expect(await collection.findOne({ _id: 'f1' })).not.toHaveProperty('owner');
      });

      it('upserts from the filter, applying $setOnInsert only when inserting', async () => {
        const collection = store.collection(named('upsert'));
        const first = await collection.updateOne({ _id: 'x', kind: 'firm' }, { $set: { n: 1 }, $setOnInsert: { createdAt: 'T1' } }, { upsert: true });
        expect(first.upsertedCount).toBe(1);
        await collection.updateOne({ _id: 'x' }, { $set: { n: 2 }, $setOnInsert: { createdAt: 'T2' } }, { upsert: true });
        expect(await collection.findOne({ _id: 'x' })).toEqual({ _id: 'x', kind: 'firm', n: 2, createdAt: 'T1' });
      });

      it('updates many, replaces one and deletes', async () => {
        const collection = await seeded(true);
        expect((await collection.bulkWrite([{ updateMany: { filter: { township: '丹洲乡' }, update: { $set: { flagged: true } } } }])).modifiedCount).toBe(2);
        expect(await collection.count({ flagged: true })).toBe(2);
        await collection.bulkWrite([{ replaceOne: { filter: { _id: 'f3' }, replacement: { _id: 'f3', name: 'replaced' } } }]);
        expect(await collection.findOne({ _id: 'f3' })).toEqual({ _id: 'f3', name: 'replaced' });
        expect(ids(await collection.find({ township: '穿紫河街道' }))).toEqual(['f1']);
        expect((await collection.bulkWrite([{ deleteOne: { filter: { township: '丹洲乡' } } }])).deletedCount).toBe(1);
        expect(await collection.deleteMany({ capitalFen: { $gte: 0 } })).toBe(3);
        expect(ids(await collection.find({}))).toEqual(['f3']);
      });

      it('refuses a second document with the same _id or unique key', async () => {
        const collection = store.collection(named('unique'));
        await collection.createIndex({ keys: { code: 1 }, unique: true });
        await collection.bulkWrite([{ insertOne: { document: { _id: 'a', code: 'C1' } } }, { insertOne: { document: { _id: 'b', code: 'C2' } } }]);
        await expect(collection.bulkWrite([{ insertOne: { document: { _id: 'a', code: 'C9' } } }])).rejects.toBeInstanceOf(DuplicateKeyError);
        await expect(collection.bulkWrite([{ insertOne: { document: { _id: 'c', code: 'C1' } } }])).rejects.toBeInstanceOf(DuplicateKeyError);
        await expect(collection.updateOne({ _id: 'b' }, { $set: { code: 'C1' } })).rejects.toBeInstanceOf(DuplicateKeyError);
        await collection.updateOne({ _id: 'b' }, { $set: { code: 'C3', other: 1 } });
        expect(await collection.findOne({ code: 'C3' })).toEqual({ _id: 'b', code: 'C3', other: 1 });
      });

      it('writes to several collections atomically: all or nothing', async () => {
        const docs = named('docs');
        const checkpoints = named('checkpoints');
        await store.writeAtomically([
          { collection: docs, ops: [{ insertOne: { document: { _id: 'd1' } } }] },
          { collection: checkpoints, ops: [{ updateOne: { filter: { _id: 'p' }, update: { $set: { position: 1 } }, upsert: true } }] },
        ]);
        const failing = store.writeAtomically([
          { collection: docs, ops: [{ insertOne: { document: { _id: 'd2' } } }] },
          { collection: checkpoints, ops: [{ updateOne: { filter: { _id: 'p' }, update: { $set: { position: 2 } } } }] },
          { collection: docs, ops: [{ insertOne: { document: { _id: 'd1' } } }] },
        ]);
        await expect(failing).rejects.toBeInstanceOf(DuplicateKeyError);
        expect(ids(await store.collection(docs).find({}))).toEqual(['d1']);
        expect(await store.collection(checkpoints).findOne({ _id: 'p' })).toEqual({ _id: 'p', position: 1 });
      });
    });

    describe('paginating with a cursor', () => {
      it('walks every document once, in order, ties broken by _id, and refuses a forged cursor', async () => {
        const collection = store.collection(named('pages'));
        await collection.createIndex({ keys: { township: 1 } });
        await collection.bulkWrite(
          Array.from({ length: 23 }, (_, i) => ({ insertOne: { document: { _id: `d${String(i).padStart(2, '0')}`, township: `t${i % 4}`, rank: i % 3 } } })),
        );
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await findPage(collection, { rank: { $lt: 2 } }, { sort: { township: -1 }, limit: 5, cursor });
          expect(page.items.length).toBeLessThanOrEqual(5);
          seen.push(...ids(page.items));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        const expected = await collection.find({ rank: { $lt: 2 } }, { sort: { township: -1, _id: 1 } });
        expect(seen).toEqual(ids(expected));
        expect(new Set(seen).size).toBe(seen.length);
        await expect(findPage(collection, {}, { sort: { township: 1 }, limit: 5, cursor: 'bm90LWEtY3Vyc29y' })).rejects.toBeInstanceOf(InvalidCursorError);
      });
    });

    describe('managing collections', () => {
      it('swaps a freshly built collection in, replacing the old one with its indexes', async () => {
        const live = store.collection(named('live'));
        await live.bulkWrite([{ insertOne: { document: { _id: 'old', v: 1 } } }]);
        const fresh = store.collection(named('fresh'));
        await fresh.createIndex({ keys: { v: 1 } });
        await fresh.bulkWrite([{ insertOne: { document: { _id: 'new', v: 2 } } }]);
        await store.swapCollections([{ from: named('fresh'), to: named('live') }]);
        expect(ids(await store.collection(named('live')).find({ v: 2 }))).toEqual(['new']);
        expect(await store.collection(named('live')).findOne({ _id: 'old' })).toBeNull();
        const names = await store.listCollections();
        expect(names).toContain(named('live'));
        expect(names).not.toContain(named('fresh'));
        await store.dropCollection(named('live'));
        expect(await store.listCollections()).not.toContain(named('live'));
        expect(await store.collection(named('live')).count()).toBe(0);
      });

      it('answers a ping', async () => {
        await expect(store.ping()).resolves.toBeUndefined();
      });
    });
  });
}
