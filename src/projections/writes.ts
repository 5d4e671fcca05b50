import type { RecordedEvent } from '../eventstore/event-store';
import type { CollectionWrites, ReadStore, WriteOp } from '../readstore/read-store';
import { BatchLookups, type PendingUpdate } from './batch-lookups';
import { POSITION_FIELD, type DocumentUpdate, type Projection } from './projection';

export const CHECKPOINTS = '_checkpoints';

/** Collects a batch of events' updates per collection, ready to be written with the checkpoint. */
export class BatchWrites {
  private readonly pending: PendingUpdate[] = [];
  private readonly lookups: BatchLookups;

  constructor(
    private readonly collectionName: (logical: string) => string,
    /** Guarded writes skip a document that has already seen the event; a fresh rebuild needs no guard. */
    private readonly guarded: boolean,
    /** Where projections that look documents up read them; the batch's own pending updates are applied on top. */
    reads?: ReadStore,
  ) {
    this.lookups = new BatchLookups(reads, guarded, this.pending);
  }

  /**
   * Synchronous for a projection that maps the event alone; awaited, events of one batch must be
   * added in order. Guarded, an event whose lookups find a document that already carries its
   * position was applied before, and all its updates are left out, not only that document's.
   */
  add(projection: Projection, event: RecordedEvent): void | Promise<void> {
    let appliedBefore = false;
    const updates = projection.project(event, async (collection, id) => {
      if (!(collection in projection.collections)) throw new Error(`Projection ${projection.name} looks up ${collection}, which it does not own`);
      const doc = await this.lookups.find(this.collectionName(collection), id);
      if (this.guarded && Number(doc?.[POSITION_FIELD] ?? -1) >= event.position) appliedBefore = true;
      return doc;
    });
    if (updates instanceof Promise) return updates.then((resolved) => this.collect(event, appliedBefore ? [] : resolved));
    this.collect(event, updates);
  }

  private collect(event: RecordedEvent, updates: readonly DocumentUpdate[]): void {
    for (const { collection, id, update } of updates) {
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
