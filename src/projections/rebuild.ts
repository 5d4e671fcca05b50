import type { EventStore, Position } from '../eventstore/event-store';
import type { ReadStore } from '../readstore/read-store';
import { ensureIndexes } from './checkpoints';
import type { Projection } from './projection';
import { BatchWrites } from './writes';

export interface RebuildProgress {
  projection: string;
  events: number;
  position: Position | undefined;
  head: Position | undefined;
  eventsPerSecond: number;
}

const PAGE_SIZE = 2000;
const fresh = (collection: string): string => `${collection}__rebuild`;
const live = (collection: string): string => collection;

/**
 * Replays the whole log into fresh collections while the old ones keep serving reads, swaps
 * them in, then applies whatever the live runner wrote meanwhile and moves the checkpoint.
 */
export async function rebuildProjection(
  events: EventStore,
  reads: ReadStore,
  projection: Projection,
  onProgress: (progress: RebuildProgress) => void = () => undefined,
): Promise<RebuildProgress> {
  const collections = Object.keys(projection.collections);
  for (const collection of collections) await reads.dropCollection(fresh(collection));
  await ensureIndexes(reads, projection, fresh);

  const head = await events.headPosition();
  const started = performance.now();
  let count = 0;
  const progress = (position: Position | undefined): RebuildProgress => ({
    projection: projection.name,
    events: count,
    position,
    head,
    eventsPerSecond: Math.round(count / Math.max((performance.now() - started) / 1000, 0.001)),
  });

  const replay = async (after: Position | undefined, collectionName: (c: string) => string, guarded: boolean, withCheckpoint: boolean): Promise<Position | undefined> => {
    let position = after;
    for (;;) {
      const page = await events.readAll({ after: position, maxCount: PAGE_SIZE, filter: projection.filter });
      const writes = new BatchWrites(collectionName, guarded);
      for (const event of page.events) writes.add(projection, event);
      position = page.scannedTo;
      await reads.writeAtomically(await writes.toWrites(reads, projection.name, withCheckpoint ? position : undefined));
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
