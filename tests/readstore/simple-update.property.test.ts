import fc from 'fast-check';
import { update as mingoUpdate } from 'mingo';
import { applySimpleUpdate } from '../../src/readstore/embedded/simple-update';
import type { Document } from '../../src/readstore/read-store';

/** As documents arrive: through JSON (fast-check's records have no prototype, JSON's do). */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const scalar = fc.oneof(fc.constantFrom('a', 'b', ''), fc.integer({ min: -2, max: 2 }), fc.boolean(), fc.constant(null));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.record({ x: scalar, y: scalar }, { requiredKeys: [] }));
const field = fc.constantFrom('a', 'b', 'list', 'n');
const doc = fc.record({ a: value, b: value, list: fc.array(value, { maxLength: 4 }), n: fc.oneof(fc.integer({ min: -5, max: 5 }), scalar) }, { requiredKeys: [] }).map(asJson);
const modifier = fc.record(
  {
    $set: fc.dictionary(field, value, { maxKeys: 2 }),
    $unset: fc.dictionary(field, fc.constant(''), { maxKeys: 1 }),
    $inc: fc.dictionary(field, fc.integer({ min: -2, max: 2 }), { maxKeys: 1 }),
    $push: fc.dictionary(field, value, { maxKeys: 1 }),
    $addToSet: fc.dictionary(field, value, { maxKeys: 1 }),
    $pull: fc.dictionary(field, scalar, { maxKeys: 1 }),
  },
  { requiredKeys: [] },
).map(asJson);

/** What mingo makes of the update: the document it leaves and whether it changed anything, or the error it throws. */
function byMingo(start: Document, update: Record<string, Record<string, unknown>>): { doc?: Document; changed?: boolean; error?: true } {
  const doc = structuredClone(start);
  try {
    const changed = mingoUpdate(doc, update as never, undefined, undefined, { cloneMode: 'deep' }).length > 0;
    return { doc, changed };
  } catch {
    return { error: true };
  }
}

describe('the simple update operators', () => {
  it('leave a document exactly as mingo does, and say so when they change it; anything else is left to mingo', () => {
    fc.assert(
      fc.property(doc, modifier, (fields, update) => {
        const start = { _id: 'd', ...fields } as Document;
        const expected = byMingo(start, update);
        const doc = structuredClone(start);
        const changed = applySimpleUpdate(doc, update);
        if (changed === undefined) return; // handed to mingo
        expect(expected.error).toBeUndefined();
        expect(doc).toEqual(expected.doc);
        expect(changed).toBe(expected.changed);
      }),
      { numRuns: Number(process.env['PROPERTY_RUNS'] ?? 2000) },
    );
  });

  it('takes the forms projections write, and leaves the rest to mingo', () => {
    const doc = (): Document => ({ _id: 'd', owners: [{ agentId: 'a-1' }], flags: ['x'], n: 1 });
    expect(applySimpleUpdate(doc(), { $set: { agentId: 'a-2' }, $push: { owners: { agentId: 'a-2' } } })).toBe(true);
    expect(applySimpleUpdate(doc(), { $addToSet: { flags: 'x' } })).toBe(false);
    expect(applySimpleUpdate(doc(), { $set: { 'licence.issuedAt': 'now' } })).toBeUndefined();
    expect(applySimpleUpdate(doc(), { $push: { owners: { $each: [1, 2] } } })).toBeUndefined();
    expect(applySimpleUpdate(doc(), { $set: { n: 2 }, $inc: { n: 1 } })).toBeUndefined();
    expect(applySimpleUpdate(doc(), { $rename: { n: 'm' } })).toBeUndefined();
  });
});
