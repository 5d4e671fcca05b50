import type { Document, ReadStore, Update } from '../readstore/read-store';
import { POSITION_FIELD } from './projection';

export interface PendingUpdate {
  collection: string;
  id: string;
  position: number;
  update: Update;
}

const keyOf = (collection: string, id: string): string => `${collection}\n${id}`;

/**
 * What a projection's lookups see in the middle of a batch: the stored document with the batch's
 * own pending updates applied in order, the ones the position guard will drop left out. Only
 * top-level `$set` is applied here, so a looked-up document must be written with nothing else.
 */
export class BatchLookups {
  private readonly stored = new Map<string, Document | null>();
  private readonly pending = new Map<string, PendingUpdate[]>();
  /** How many of the batch's updates `pending` holds: indexed when a lookup needs them, so projections that never look up pay nothing. */
  private indexed = 0;

  constructor(
    private readonly reads: ReadStore | undefined,
    private readonly guarded: boolean,
    /** The batch's updates so far, in order; the caller appends to it. */
    private readonly updates: readonly PendingUpdate[],
  ) {}

  async find(collection: string, id: string): Promise<Document | null> {
    if (!this.reads) throw new Error(`A lookup of ${collection} needs a read store: pass one to BatchWrites`);
    this.indexNewUpdates();
    const key = keyOf(collection, id);
    if (!this.stored.has(key)) this.stored.set(key, await this.reads.collection(collection).findOne({ _id: id }));
    let doc = this.stored.get(key) ?? null;
    for (const pending of this.pending.get(key) ?? []) {
      if (this.guarded && doc && Number(doc[POSITION_FIELD] ?? -1) >= pending.position) continue;
      doc = { ...(doc ?? { _id: id }), ...setFields(pending) };
    }
    return doc && structuredClone(doc);
  }

  private indexNewUpdates(): void {
    for (; this.indexed < this.updates.length; this.indexed += 1) {
      const update = this.updates[this.indexed]!;
      const key = keyOf(update.collection, update.id);
      const list = this.pending.get(key);
      if (list) list.push(update);
      else this.pending.set(key, [update]);
    }
  }
}

function setFields({ collection, id, update }: PendingUpdate): Record<string, unknown> {
  const { $set, ...others } = update as { $set?: Record<string, unknown> };
  const fields = Object.keys($set ?? {});
  if (Object.keys(others).length > 0 || fields.some((field) => field.includes('.'))) {
    throw new Error(`${collection} ${id} is read through a lookup, so it is written with top-level $set only`);
  }
  return $set ?? {};
}
