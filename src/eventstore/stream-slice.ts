import type { ReadStreamOptions } from './event-store';

/** Applies direction, starting revision and count to a stream held in revision order. */
export function readStreamSlice<T extends { revision: number }>(stream: readonly T[], options: ReadStreamOptions): T[] {
  const backwards = options.direction === 'backwards';
  const from = options.fromRevision ?? (backwards ? 'end' : 'start');
  const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
  if (backwards) {
    const upTo = from === 'end' ? Infinity : from === 'start' ? 0 : from;
    return stream.filter((e) => e.revision <= upTo).reverse().slice(0, maxCount);
  }
  const startAt = from === 'start' ? 0 : from === 'end' ? Infinity : from;
  return stream.filter((e) => e.revision >= startAt).slice(0, maxCount);
}
