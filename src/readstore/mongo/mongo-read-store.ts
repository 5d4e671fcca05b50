import {
  MongoClient,
  MongoError,
  type AnyBulkWriteOperation,
  type ClientSession,
  type Collection as DriverCollection,
  type Db,
  type Document as DriverDocument,
  type UpdateFilter,
} from 'mongodb';
import {
  DuplicateKeyError,
  emptyWriteResult,
  type Collection,
  type CollectionWrites,
  type Document,
  type Filter,
  type FindOptions,
  type IndexSpec,
  type ReadStore,
  type Update,
  type WriteOp,
  type WriteResult,
} from '../read-store';

const DEFAULT_DATABASE = 'concierge';
const DUPLICATE_KEY = 11000;
const ILLEGAL_OPERATION = 20;

/** Read-model documents carry string ids, never ObjectIds. */
interface StoredDocument extends DriverDocument {
  _id: string;
}

export class MongoReadStore implements ReadStore {
  /** Cleared once a standalone server refuses a transaction, so later batches skip the attempt. */
  private transactions = true;

  private constructor(
    private readonly client: MongoClient,
    private readonly db: Db,
  ) {}

  static async connect(url: string, databaseName?: string): Promise<MongoReadStore> {
    const client = new MongoClient(url, { serverSelectionTimeoutMS: 5000, ignoreUndefined: true });
    await client.connect();
    // Without an argument, client.db() uses the database in the URL path, or 'test' if there is none.
    const db = client.db(databaseName ?? (urlNamesDatabase(url) ? undefined : DEFAULT_DATABASE));
    return new MongoReadStore(client, db);
  }

  collection<T extends Document = Document>(name: string): Collection<T> {
    return new MongoCollection<T>(this.db.collection<StoredDocument>(name));
  }

  async writeAtomically(writes: readonly CollectionWrites[]): Promise<void> {
    const pending = writes.filter((write) => write.ops.length > 0);
    if (pending.length === 0) return;
    const applyAll = async (session?: ClientSession): Promise<void> => {
      for (const { collection, ops } of pending) {
        await bulkWrite(this.db.collection<StoredDocument>(collection), ops, session);
      }
    };
    if (this.transactions) {
      const session = this.client.startSession();
      try {
        await session.withTransaction(() => applyAll(session));
        return;
      } catch (error) {
        if (!isTransactionUnsupported(error)) throw error;
        this.transactions = false;
      } finally {
        await session.endSession();
      }
    }
    // Standalone server: no transactions, but projections are idempotent, so a replay repairs a partial batch.
    await applyAll();
  }

  async swapCollections(renames: readonly { from: string; to: string }[]): Promise<void> {
    for (const { from, to } of renames) {
      await this.db.renameCollection(from, to, { dropTarget: true });
    }
  }

  async dropCollection(name: string): Promise<void> {
    // The driver resolves `false` instead of throwing when the namespace does not exist (code 26).
    await this.db.dropCollection(name);
  }

  async listCollections(): Promise<string[]> {
    const infos = await this.db.listCollections({}, { nameOnly: true }).toArray();
    return infos.map((info) => info.name).filter((name) => !name.startsWith('system.'));
  }

  async ping(): Promise<void> {
    await this.db.command({ ping: 1 });
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

class MongoCollection<T extends Document> implements Collection<T> {
  readonly name: string;

  constructor(private readonly collection: DriverCollection<StoredDocument>) {
    this.name = collection.collectionName;
  }

  findOne(filter: Filter, options: Omit<FindOptions, 'limit' | 'skip'> = {}): Promise<T | null> {
    return this.collection.findOne<T>(filter, { sort: options.sort, projection: options.projection });
  }

  find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    const { sort, skip, limit, projection } = options;
    return this.collection.find<T>(filter, { sort, skip, limit, projection }).toArray();
  }

  count(filter: Filter = {}): Promise<number> {
    return this.collection.countDocuments(filter);
  }

  aggregate<R extends Record<string, unknown> = Record<string, unknown>>(
    pipeline: Record<string, unknown>[],
  ): Promise<R[]> {
    return this.collection.aggregate<R>(pipeline).toArray();
  }

  async updateOne(filter: Filter, update: Update, options: { upsert?: boolean } = {}): Promise<WriteResult> {
    const result = await rethrowDuplicateKey(this.name, () =>
      this.collection.updateOne(filter, toUpdateFilter(update), { upsert: options.upsert ?? false }),
    );
    return {
      ...emptyWriteResult(),
      matchedCount: result.matchedCount,
      modifiedCount: result.modifiedCount,
      upsertedCount: result.upsertedCount,
    };
  }

  bulkWrite(ops: readonly WriteOp[]): Promise<WriteResult> {
    return bulkWrite(this.collection, ops);
  }

  async deleteMany(filter: Filter): Promise<number> {
    const result = await this.collection.deleteMany(filter);
    return result.deletedCount;
  }

  async createIndex(spec: IndexSpec): Promise<void> {
    await rethrowDuplicateKey(this.name, () =>
      this.collection.createIndex(spec.keys, { unique: spec.unique ?? false }),
    );
  }
}

async function bulkWrite(
  collection: DriverCollection<StoredDocument>,
  ops: readonly WriteOp[],
  session?: ClientSession,
): Promise<WriteResult> {
  if (ops.length === 0) return emptyWriteResult(); // the driver rejects an empty batch
  const result = await rethrowDuplicateKey(collection.collectionName, () =>
    collection.bulkWrite(ops.map(toDriverOp), { ordered: true, session }),
  );
  return {
    insertedCount: result.insertedCount,
    matchedCount: result.matchedCount,
    modifiedCount: result.modifiedCount,
    upsertedCount: result.upsertedCount,
    deletedCount: result.deletedCount,
  };
}

function toDriverOp(op: WriteOp): AnyBulkWriteOperation<StoredDocument> {
  if ('insertOne' in op) return { insertOne: { document: op.insertOne.document } };
  if ('updateOne' in op) {
    const { filter, update, upsert } = op.updateOne;
    return { updateOne: { filter, update: toUpdateFilter(update), upsert: upsert ?? false } };
  }
  if ('updateMany' in op) {
    const { filter, update } = op.updateMany;
    return { updateMany: { filter, update: toUpdateFilter(update) } };
  }
  if ('replaceOne' in op) {
    const { filter, replacement, upsert } = op.replaceOne;
    return { replaceOne: { filter, replacement, upsert: upsert ?? false } };
  }
  if ('deleteOne' in op) return { deleteOne: { filter: op.deleteOne.filter } };
  return { deleteMany: { filter: op.deleteMany.filter } };
}

/** The port's Update is operator-only by construction; the driver types each operator's operand. */
function toUpdateFilter(update: Update): UpdateFilter<StoredDocument> {
  return update as UpdateFilter<StoredDocument>;
}

/** Runs a write, turning the driver's duplicate key error (also a MongoBulkWriteError's first write error) into the port's. */
async function rethrowDuplicateKey<R>(collection: string, write: () => Promise<R>): Promise<R> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof MongoError && error.code === DUPLICATE_KEY) {
      // e.g. "E11000 duplicate key error collection: concierge.codes index: code_1 dup key: { code: "A1" }"
      const key = /dup key: (.*)$/s.exec(error.message)?.[1] ?? error.message;
      throw new DuplicateKeyError(collection, key);
    }
    throw error;
  }
}

/** A standalone server answers "Transaction numbers are only allowed on a replica set member or mongos" (code 20). */
function isTransactionUnsupported(error: unknown): boolean {
  return error instanceof MongoError && error.code === ILLEGAL_OPERATION && /transaction/i.test(error.message);
}

/** True when the connection string has a database path, e.g. mongodb://host:27017/concierge?replicaSet=rs0. */
function urlNamesDatabase(url: string): boolean {
  return /^mongodb(?:\+srv)?:\/\/[^/?]*\/[^?]/.test(url);
}
