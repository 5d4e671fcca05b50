/** A read-model document: MongoDB-shaped, keyed by a string `_id`. */
export type Document = { _id: string } & Record<string, unknown>;
export type Filter = Record<string, unknown>;
/** Update operators ($set, $inc, $push, $setOnInsert …); no replacement documents, no pipelines. */
export type Update = Record<`$${string}`, unknown>;
export type SortSpec = Record<string, 1 | -1>;

export interface FindOptions {
  sort?: SortSpec;
  skip?: number;
  limit?: number;
  projection?: Record<string, 0 | 1>;
}

export type WriteOp =
  | { insertOne: { document: Document } }
  | { updateOne: { filter: Filter; update: Update; upsert?: boolean } }
  | { updateMany: { filter: Filter; update: Update } }
  | { replaceOne: { filter: Filter; replacement: Document; upsert?: boolean } }
  | { deleteOne: { filter: Filter } }
  | { deleteMany: { filter: Filter } };

export interface WriteResult {
  insertedCount: number;
  matchedCount: number;
  modifiedCount: number;
  upsertedCount: number;
  deletedCount: number;
}

export interface IndexSpec {
  keys: Record<string, 1 | -1>;
  unique?: boolean;
}

export interface Collection<T extends Document = Document> {
  readonly name: string;
  findOne(filter: Filter, options?: Omit<FindOptions, 'limit' | 'skip'>): Promise<T | null>;
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
  count(filter?: Filter): Promise<number>;
  aggregate<R extends Record<string, unknown> = Record<string, unknown>>(pipeline: Record<string, unknown>[]): Promise<R[]>;
  updateOne(filter: Filter, update: Update, options?: { upsert?: boolean }): Promise<WriteResult>;
  bulkWrite(ops: readonly WriteOp[]): Promise<WriteResult>;
  deleteMany(filter: Filter): Promise<number>;
  createIndex(spec: IndexSpec): Promise<void>;
}

export interface CollectionWrites {
  collection: string;
  ops: readonly WriteOp[];
}

export interface ReadStore {
  collection<T extends Document = Document>(name: string): Collection<T>;
  /** Applies every write to every collection, or none of them. */
  writeAtomically(writes: readonly CollectionWrites[]): Promise<void>;
  /** Renames each `from` to its `to`, replacing what was there; all at once where the store can. */
  swapCollections(renames: readonly { from: string; to: string }[]): Promise<void>;
  dropCollection(name: string): Promise<void>;
  listCollections(): Promise<string[]>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** A write would give two documents the same value of a unique index (or the same `_id`). */
export class DuplicateKeyError extends Error {
  constructor(readonly collection: string, readonly key: string) {
    super(`Duplicate key in ${collection}: ${key}`);
    this.name = 'DuplicateKeyError';
  }
}

export const emptyWriteResult = (): WriteResult => ({
  insertedCount: 0,
  matchedCount: 0,
  modifiedCount: 0,
  upsertedCount: 0,
  deletedCount: 0,
});

export function addWriteResults(a: WriteResult, b: WriteResult): WriteResult {
  return {
    insertedCount: a.insertedCount + b.insertedCount,
    matchedCount: a.matchedCount + b.matchedCount,
    modifiedCount: a.modifiedCount + b.modifiedCount,
    upsertedCount: a.upsertedCount + b.upsertedCount,
    deletedCount: a.deletedCount + b.deletedCount,
  };
}
