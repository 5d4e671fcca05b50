/** A source of uniform numbers in [0, 1): Math.random, or a seeded generator for reproducible data. */
export type Random = () => number;

/** Mulberry32: small, fast and seeded, so the same seed always gives the same district. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A numeric seed from any text (FNV-1a), so `--seed wuling` works as well as `--seed 42`. */
export function seedFromText(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export const chance = (random: Random, probability: number): boolean => random() < probability;

/** A whole number from min to max, both included. */
export const intBetween = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
  return items[Math.floor(random() * items.length)]!;
}

/** One of the entries, each as likely as its weight. */
export function weightedPick<T>(random: Random, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let target = random() * total;
  for (const [item, weight] of entries) {
    target -= weight;
    if (target < 0) return item;
  }
  const last = entries.at(-1);
  if (!last) throw new RangeError('Cannot pick from an empty list');
  return last[0];
}

/** Draws until the value is one not seen before, and remembers it. */
export function drawDistinct<T>(seen: Set<T>, draw: () => T, what: string, attempts = 10_000): T {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const value = draw();
    if (!seen.has(value)) {
      seen.add(value);
      return value;
    }
  }
  throw new Error(`Ran out of distinct ${what} after ${attempts} attempts: the word lists are too short for this many firms`);
}

/** A Poisson-distributed count with the given mean (Knuth's method: fine for small means). */
export function poisson(random: Random, mean: number): number {
  const limit = Math.exp(-mean);
  let count = 0;
  for (let product = random(); product > limit; product *= random()) count += 1;
  return count;
}
