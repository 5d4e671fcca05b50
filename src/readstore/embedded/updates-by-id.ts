import type { Document, Filter, Update, WriteResult } from '../read-store';
import type { DocumentTables } from './document-table';
import type { IndexValue } from './index-keys';
import { applyUpdate, upsertDocument } from './upsert';

/** An `updateOne` whose filter is exactly one `_id`: the shape projections write in bulk. */
export interface UpdateById {
  id: string;
  filter: Filter;
  update: Update;
  upsert: boolean;
}

interface Loaded {
  doc: Document | undefined;
  /** Index values as stored, before this run changed the document. */
  storedValues: IndexValue[][] | undefined;
  changed: boolean;
}

/**
 * Applies a run of single-`_id` updates with each document read once and written once,
 * however many of the updates touch it: the same outcome as applying them one by one.
 */
export function applyUpdatesById(tables: DocumentTables, collection: string, updates: readonly UpdateById[], result: WriteResult): void {
  const loaded = new Map<string, Loaded>();
  for (const doc of tables.getMany(collection, [...new Set(updates.map((u) => u.id))])) {
    loaded.set(doc._id, { doc, storedValues: tables.indexValues(collection, doc), changed: false });
  }
  for (const { id, filter, update, upsert } of updates) {
    const entry = loaded.get(id) ?? { doc: undefined, storedValues: undefined, changed: false };
    loaded.set(id, entry);
    if (!entry.doc) {
      if (!upsert) continue;
      entry.doc = upsertDocument(filter, update);
      entry.changed = true;
      result.upsertedCount += 1;
      continue;
    }
    result.matchedCount += 1;
    if (!applyUpdate(entry.doc, update, false)) continue;
    if (entry.doc._id !== id) throw new TypeError(`Updating _id is not allowed (${collection})`);
    entry.changed = true;
    result.modifiedCount += 1;
  }
  for (const { doc, storedValues, changed } of loaded.values()) {
    if (!changed || !doc) continue;
    if (storedValues) tables.replace(collection, doc, storedValues);
    else tables.insert(collection, doc);
  }
}
