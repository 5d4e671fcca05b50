import type { RecordedEvent } from '../eventstore/event-store';
import type { CollectionWrites, WriteOp } from '../readstore/read-store';
import { POSITION_FIELD, type DocumentUpdate, type Projection } from './projection';

export const CHECKPOINTS = '_checkpoints';

/** Collects a batch of events' updates per collection, ready to be written with the checkpoint. */
export class BatchWrites {
  private readonly byCollection = new Map<string, WriteOp[]>();

  constructor(
    private readonly collectionName: (logical: string) => string,
    /** Guarded writes skip a document that has already seen the event; a fresh rebuild needs no guard. */
    private readonly guarded: boolean,
  ) {}

  add(projection: Projection, event: RecordedEvent): void {
    for (const update of projection.project(event)) {
      const ops = this.byCollection.get(update.collection) ?? [];
      ops.push(...(this.guarded ? guardedOps(update, event.position) : [plainOp(update, event.position)]));
      this.byCollection.set(update.collection, ops);
    }
  }

  toWrites(checkpointName: string, position: number | undefined): CollectionWrites[] {
    const writes = [...this.byCollection].map(([collection, ops]) => ({ collection: this.collectionName(collection), ops }));
    if (position !== undefined) writes.push({ collection: CHECKPOINTS, ops: [checkpointOp(checkpointName, position)] });
    return writes;
  }
}

export const checkpointOp = (name: string, position: number): WriteOp => ({
  updateOne: { filter: { _id: name }, update: { $set: { position } }, upsert: true },
});

function stamped(update: DocumentUpdate, position: number): DocumentUpdate['update'] {
  return { ...update.update, $set: { ...(update.update['$set'] as object | undefined), [POSITION_FIELD]: position } };
}

function plainOp(update: DocumentUpdate, position: number): WriteOp {
  return { updateOne: { filter: { _id: update.id }, update: stamped(update, position), upsert: true } };
}

/**
 * Applying an event twice changes nothing: the document is created if missing, then updated
 * only if the last event applied to it came before this one.
 */
function guardedOps(update: DocumentUpdate, position: number): WriteOp[] {
  return [
    { updateOne: { filter: { _id: update.id }, update: { $setOnInsert: { [POSITION_FIELD]: -1 } }, upsert: true } },
    { updateOne: { filter: { _id: update.id, [POSITION_FIELD]: { $lt: position } }, update: stamped(update, position) } },
  ];
}
