import { matchesFilter, type EventStore, type Position } from '../eventstore/event-store';
import type { CollectionWrites, ReadStore } from '../readstore/read-store';
import { ensureIndexes } from './checkpoints';
import type { Projection } from './projection';
import { unionFilter } from './union-filter';
import { BatchWrites } from './writes';

export interface RebuildProgress {
  /** The projections being rebuilt, by name. */
  projection: string;
  events: number;
  position: Position | undefined;
  head: Position | undefined;
  eventsPerSecond: number;
}

const PAGE_SIZE = 5000;
const fresh = (collection: string): string => `${collection}__rebuild`;
const live = (collection: string): string => collection;

/**
 * Replays the whole log, read once, into fresh collections while the old ones keep serving
 * reads, swaps them all in, then applies whatever the live runner wrote meanwhile and moves
 * each projection's checkpoint.
 */
export async function rebuildProjections(
  events: EventStore,
  reads: ReadStore,
  projections: readonly Projection[],
  onProgress: (progress: RebuildProgress) => void = () => undefined,
): Promise<RebuildProgress> {
  const collections = projections.flatMap((projection) => Object.keys(projection.collections));
  for (const collection of collections) await reads.dropCollection(fresh(collection));
  for (const projection of projections) await ensureIndexes(reads, projection, fresh);

  const filter = unionFilter(projections.map((projection) => projection.filter));
  const head = await events.headPosition();
  const started = performance.now();
  let count = 0;
  const progress = (position: Position | undefined): RebuildProgress => ({
    projection: projections.map((projection) => projection.name).join(', '),
    events: count,
    position,
    head,
    eventsPerSecond: Math.round(count / Math.max((performance.now() - started) / 1000, 0.001)),
  });

  const replay = async (after: Position | undefined, collectionName: (c: string) => string, guarded: boolean, withCheckpoint: boolean): Promise<Position | undefined> => {
    let position = after;
    for (;;) {
      const page = await events.readAll({ after: position, maxCount: PAGE_SIZE, filter });
      position = page.scannedTo;
      const writes: CollectionWrites[] = [];
      for (const projection of projections) {
        const batch = new BatchWrites(collectionName, guarded, reads);
        for (const event of page.events) {
          if (!matchesFilter(event, projection.filter)) continue;
          const looking = batch.add(projection, event);
          if (looking) await looking; // only projections that look documents up are asynchronous
        }
        writes.push(...(await batch.toWrites(reads, projection.name, withCheckpoint ? position : undefined)));
      }
      await reads.writeAtomically(writes);
      count += page.events.length;
      onProgress(progress(position));
      if (page.isEnd) return position;
    }
  };

  const replayedTo = await replay(undefined, fresh, false, false);
  await reads.swapCollections(collections.map((collection) => ({ from: fresh(collection), to: live(collection) })));
  const position = await replay(replayedTo, live, true, true);
  return progress(position);
}
