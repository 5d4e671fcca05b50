import fc from 'fast-check';
import { EmbeddedReadStore } from '../../src/readstore/embedded/embedded-read-store';
import type { Document, Filter, SortSpec } from '../../src/readstore/read-store';

/** Whatever the indexes narrow, answers must be exactly what a full scan with mingo gives. */
const scalar = fc.oneof(fc.constantFrom('a', 'b', 'c', '丹洲乡', ''), fc.integer({ min: -3, max: 3 }), fc.boolean(), fc.constant(null));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.record({ x: scalar }, { requiredKeys: [] }));
const doc = fc.record({ k: value, n: fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined }), tags: fc.array(scalar, { maxLength: 3 }), o: fc.record({ x: scalar }, { requiredKeys: [] }) }, { requiredKeys: [] });

const condition = fc.oneof(
  scalar,
  scalar.map((v) => ({ $eq: v })),
  fc.array(scalar, { minLength: 1, maxLength: 3 }).map((vs) => ({ $in: vs })),
  fc.record({ $gt: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom('a', 'b')) }),
  fc.record({ $gte: fc.integer({ min: -3, max: 3 }), $lt: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ $lte: fc.constantFrom('a', 'b', 'c') }),
  fc.record({ $ne: scalar }),
  fc.record({ $exists: fc.boolean() }),
);
const field = fc.constantFrom('k', 'n', 'tags', 'o.x');
const filter: fc.Arbitrary<Filter> = fc.oneof(
  fc.dictionary(field, condition, { maxKeys: 2 }),
  fc.array(fc.dictionary(field, condition, { minKeys: 1, maxKeys: 1 }), { minLength: 1, maxLength: 2 }).map((parts) => ({ $and: parts })),
);
const sort: fc.Arbitrary<SortSpec | undefined> = fc.option(
  fc
    .tuple(
      fc.constantFrom<SortSpec>({ n: 1 }, { n: -1 }, { k: 1 }, { k: -1 }, { 'o.x': 1 }, { tags: -1 }),
      fc.constantFrom<SortSpec>({}, { _id: 1 }, { _id: -1 }, { n: 1, _id: 1 }),
    )
    .map(([first, then]) => ({ ...first, ...then })),
  { nil: undefined },
);

describe('the embedded read store’s indexes', () => {
  it('never change an answer: indexed and unindexed collections agree on any filter, sort and limit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(doc, { maxLength: 25 }), filter, sort, fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }), async (docs, query, order, limit, skip) => {
        const store = EmbeddedReadStore.open(':memory:');
        try {
          const plain = store.collection('plain');
          const indexed = store.collection('indexed');
          for (const path of ['k', 'n', 'tags', 'o.x']) await indexed.createIndex({ keys: { [path]: 1 } });
          const documents = docs.map((d, i) => ({ _id: `d${String(i).padStart(2, '0')}`, ...d }) as Document);
          for (const collection of [plain, indexed]) await collection.bulkWrite(documents.map((document) => ({ insertOne: { document } })));
          const options = { sort: order, limit, skip };
          const expected = await plain.find(query, options);
          expect(await indexed.find(query, options)).toEqual(expected);
          expect(await indexed.count(query)).toBe(await plain.count(query));
        } finally {
          await store.close();
        }
      }),
      { numRuns: Number(process.env["PROPERTY_RUNS"] ?? 300) },
    );
  });
});
