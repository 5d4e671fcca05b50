import type { RecordedEvent } from '../eventstore/event-store';
import type { CollectionWrites, ReadStore, Update, WriteOp } from '../readstore/read-store';
import { POSITION_FIELD, type Projection } from './projection';

export const CHECKPOINTS = '_checkpoints';

interface PendingUpdate {
  collection: string;
  id: string;
  position: number;
  update: Update;
}

/** Collects a batch of events' updates per collection, ready to be written with the checkpoint. */
export class BatchWrites {
  private readonly pending: PendingUpdate[] = [];

  constructor(
    private readonly collectionName: (logical: string) => string,
    /** Guarded writes skip a document that has already seen the event; a fresh rebuild needs no guard. */
    private readonly guarded: boolean,
  ) {}

  add(projection: Projection, event: RecordedEvent): void {
    for (const { collection, id, update } of projection.project(event)) {
      const stamped = { ...update, $set: { ...(update['$set'] as object | undefined), [POSITION_FIELD]: event.position } };
      this.pending.push({ collection: this.collectionName(collection), id, position: event.position, update: stamped });
    }
  }

  /**
   * The batch's writes, one upsert per update. Applying an event twice changes nothing: guarded,
   * an update is left out when its document already carries this event's position or a later one.
   */
  async toWrites(reads: ReadStore, checkpointName: string, position: number | undefined): Promise<CollectionWrites[]> {
    const applied = this.guarded ? await this.positionsApplied(reads) : new Map<string, number>();
    const byCollection = new Map<string, WriteOp[]>();
    for (const { collection, id, position: at, update } of this.pending) {
      const key = `${collection}\n${id}`;
      if ((applied.get(key) ?? -1) >= at) continue;
      applied.set(key, at);
      const ops = byCollection.get(collection) ?? [];
      ops.push({ updateOne: { filter: { _id: id }, update, upsert: true } });
      byCollection.set(collection, ops);
    }
    const writes = [...byCollection].map(([collection, ops]) => ({ collection, ops }));
    if (position !== undefined) writes.push({ collection: CHECKPOINTS, ops: [checkpointOp(checkpointName, position)] });
    return writes;
  }

  private async positionsApplied(reads: ReadStore): Promise<Map<string, number>> {
    const idsByCollection = new Map<string, Set<string>>();
    for (const { collection, id } of this.pending) idsByCollection.set(collection, (idsByCollection.get(collection) ?? new Set()).add(id));
    const applied = new Map<string, number>();
    for (const [collection, ids] of idsByCollection) {
      const docs = await reads.collection(collection).find({ _id: { $in: [...ids] } }, { projection: { [POSITION_FIELD]: 1 } });
      for (const doc of docs) applied.set(`${collection}\n${doc._id}`, Number(doc[POSITION_FIELD] ?? -1));
    }
    return applied;
  }
}

export const checkpointOp = (name: string, position: number): WriteOp => ({
  updateOne: { filter: { _id: name }, update: { $set: { position } }, upsert: true },
});
