import fc from 'fast-check';
import { emptyMap, entries, lookup, withEntry, type PersistentMap } from '../../src/domain/programme/persistent-map';

describe('persistent map', () => {
  it('answers as a Map does, and every earlier version keeps its own entries', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.integer())), (writes) => {
        const versions: PersistentMap<number>[] = [emptyMap];
        const references = [new Map<string, number>()];
        for (const [key, value] of writes) {
          versions.push(withEntry(versions.at(-1)!, key, value));
          references.push(new Map(references.at(-1)).set(key, value));
        }
        versions.forEach((version, index) => {
          const reference = references[index]!;
          expect(new Map(entries(version))).toEqual(reference);
          for (const [key] of writes) expect(lookup(version, key)).toBe(reference.get(key));
        });
      }),
    );
  });
});
