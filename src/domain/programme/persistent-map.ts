/**
 * A string-keyed map never changed in place, whose update copies one of 1024 small buckets
 * rather than every entry: folding a programme's stream of thousands of commitments stays fast.
 */
export type PersistentMap<Value> = readonly ReadonlyMap<string, Value>[];

const BUCKETS = 1024;

export const emptyMap: PersistentMap<never> = Array.from({ length: BUCKETS }, () => new Map<string, never>());

export const lookup = <Value>(map: PersistentMap<Value>, key: string): Value | undefined => map[bucketOf(key)]!.get(key);

export function withEntry<Value>(map: PersistentMap<Value>, key: string, value: Value): PersistentMap<Value> {
  const bucket = bucketOf(key);
  const copy = [...map];
  copy[bucket] = new Map(map[bucket]).set(key, value);
  return copy;
}

export const entries = <Value>(map: PersistentMap<Value>): [string, Value][] => map.flatMap((bucket) => [...bucket]);

/** FNV-1a over the whole key: time-ordered ids share their leading characters. */
function bucketOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  return (hash >>> 0) % BUCKETS;
}
