import type { Position } from '../eventstore/event-store';
import type { ReadStore } from '../readstore/read-store';
import type { Projection } from './projection';
import { CHECKPOINTS } from './writes';

export async function readCheckpoint(reads: ReadStore, name: string): Promise<Position | undefined> {
  const checkpoint = await reads.collection(CHECKPOINTS).findOne({ _id: name });
  return typeof checkpoint?.['position'] === 'number' ? checkpoint['position'] : undefined;
}

export async function ensureIndexes(reads: ReadStore, projection: Projection, collectionName: (logical: string) => string): Promise<void> {
  for (const [collection, indexes] of Object.entries(projection.collections)) {
    for (const index of indexes) await reads.collection(collectionName(collection)).createIndex(index);
  }
}
