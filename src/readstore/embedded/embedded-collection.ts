import { Aggregator } from 'mingo';
import {
  addWriteResults,
  emptyWriteResult,
  type Collection,
  type Document,
  type Filter,
  type FindOptions,
  type IndexSpec,
  type Update,
  type WriteOp,
  type WriteResult,
} from '../read-store';
import { valueAtPath } from '../document-path';
import { idCondition, type DocumentTables } from './document-table';
import { compileFilter, everything } from './mingo-context';
import { applyUpdatesById, type UpdateById } from './updates-by-id';
import { applyUpdate, upsertDocument } from './upsert';

type Projection = Parameters<typeof everything.find>[1];

/** One collection of the embedded store: candidates from SQLite, semantics from mingo. */
export class EmbeddedCollection<T extends Document> implements Collection<T> {
  constructor(
    private readonly tables: DocumentTables,
    readonly name: string,
    private readonly inTransaction: <R>(work: () => R) => R,
  ) {}

  async findOne(filter: Filter, options: Omit<FindOptions, 'limit' | 'skip'> = {}): Promise<T | null> {
    return this.query(filter, { ...options, limit: 1 })[0] ?? null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    return this.query(filter, options);
  }

  async count(filter: Filter = {}): Promise<number> {
    this.tables.refresh();
    return this.matching(filter, {}).length;
  }

  async aggregate<R extends Record<string, unknown>>(pipeline: Record<string, unknown>[]): Promise<R[]> {
    this.tables.refresh();
    const [first] = pipeline;
    const match = first && '$match' in first ? (first['$match'] as Filter) : {};
    const source = [...this.tables.candidates(this.name, match, undefined, undefined).docs];
    return new Aggregator(pipeline).run(source) as R[];
  }

  async updateOne(filter: Filter, update: Update, options: { upsert?: boolean } = {}): Promise<WriteResult> {
    return this.bulkWrite([{ updateOne: { filter, update, upsert: options.upsert } }]);
  }

  async deleteMany(filter: Filter): Promise<number> {
    return (await this.bulkWrite([{ deleteMany: { filter } }])).deletedCount;
  }

  async createIndex(spec: IndexSpec): Promise<void> {
    this.tables.refresh();
    this.tables.createIndex(this.name, spec);
  }

  async bulkWrite(ops: readonly WriteOp[]): Promise<WriteResult> {
    return this.bulkWriteNow(ops);
  }

  /** Synchronous so that writes to many collections can share one SQLite transaction. */
  bulkWriteNow(ops: readonly WriteOp[]): WriteResult {
    this.tables.refresh();
    return this.inTransaction(() => {
      const total = emptyWriteResult();
      let run: UpdateById[] = [];
      for (const op of ops) {
        const byId = asUpdateById(op);
        if (byId) {
          run.push(byId);
          continue;
        }
        if (run.length) applyUpdatesById(this.tables, this.name, run, total);
        run = [];
        Object.assign(total, addWriteResults(total, this.apply(op)));
      }
      if (run.length) applyUpdatesById(this.tables, this.name, run, total);
      return total;
    });
  }

  private apply(op: WriteOp): WriteResult {
    const result = emptyWriteResult();
    if ('insertOne' in op) {
      this.tables.insert(this.name, structuredClone(op.insertOne.document));
      result.insertedCount = 1;
    } else if ('updateOne' in op) {
      this.update(op.updateOne.filter, op.updateOne.update, op.updateOne.upsert ?? false, 1, result);
    } else if ('updateMany' in op) {
      this.update(op.updateMany.filter, op.updateMany.update, false, undefined, result);
    } else if ('replaceOne' in op) {
      this.replace(op.replaceOne.filter, op.replaceOne.replacement, op.replaceOne.upsert ?? false, result);
    } else {
      const { filter } = 'deleteOne' in op ? op.deleteOne : op.deleteMany;
      const doomed = this.matching(filter, { limit: 'deleteOne' in op ? 1 : undefined });
      for (const doc of doomed) this.tables.delete(this.name, doc);
      result.deletedCount = doomed.length;
    }
    return result;
  }

  private update(filter: Filter, update: Update, upsert: boolean, limit: number | undefined, result: WriteResult): void {
    const targets = this.matching(filter, { limit });
    if (targets.length === 0 && upsert) {
      this.tables.insert(this.name, upsertDocument(filter, update));
      result.upsertedCount = 1;
      return;
    }
    result.matchedCount = targets.length;
    for (const doc of targets) {
      const previousId = doc._id;
      const previousValues = this.tables.indexValues(this.name, doc);
      if (!applyUpdate(doc, update, false)) continue;
      if (doc._id !== previousId) throw new TypeError(`Updating _id is not allowed (${this.name})`);
      this.tables.replace(this.name, doc, previousValues);
      result.modifiedCount += 1;
    }
  }

  private replace(filter: Filter, replacement: Document, upsert: boolean, result: WriteResult): void {
    const [target] = this.matching(filter, { limit: 1 });
    if (!target && upsert) {
      this.tables.insert(this.name, { ...structuredClone(replacement), _id: replacement._id ?? upsertDocument(filter, {})._id });
      result.upsertedCount = 1;
    } else if (target) {
      this.tables.replace(this.name, { ...structuredClone(replacement), _id: target._id }, this.tables.indexValues(this.name, target));
      result.matchedCount = 1;
      result.modifiedCount = 1;
    }
  }

  private query(filter: Filter, options: FindOptions): T[] {
    this.tables.refresh();
    const matches = this.matching(filter, options);
    if (!options.projection) return matches as T[];
    const fields = topLevelInclusion(options.projection);
    if (fields) return matches.map((doc) => pick(doc, fields)) as T[];
    return everything.find(matches, options.projection as Projection).all() as T[];
  }

  /** Matching documents, sorted, skipped and limited: whole documents, safe to change. */
  private matching(filter: Filter, options: Pick<FindOptions, 'sort' | 'skip' | 'limit'>): Document[] {
    const wanted = options.limit === undefined ? undefined : (options.skip ?? 0) + options.limit;
    // Candidates fetched by exactly the ids the filter names need no further matching.
    const onlyById = Object.keys(filter).length === 1 && idCondition(filter['_id']) !== undefined;
    const query = onlyById ? undefined : compileFilter(filter);
    const { docs, order } = this.tables.candidates(this.name, filter, options.sort, wanted);
    const inOrder = !options.sort || order === 'exact';
    const firstSortKey = options.sort ? Object.keys(options.sort)[0] : undefined;
    const matches: Document[] = [];
    let boundary: string | undefined;
    for (const doc of docs) {
      if (query && !query.test(doc)) continue;
      // In first-key order, the page is complete once a match no longer ties with the one that filled it.
      if (boundary !== undefined && sortValue(doc, firstSortKey!) !== boundary) break;
      matches.push(doc);
      if (wanted === undefined || matches.length < wanted) continue;
      if (inOrder) break;
      if (order === 'first-key') boundary ??= sortValue(doc, firstSortKey!);
    }
    if (inOrder) return matches.slice(options.skip ?? 0, wanted);
    let cursor = everything.find(matches);
    if (options.sort) cursor = cursor.sort(options.sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit !== undefined) cursor = cursor.limit(options.limit);
    return cursor.all() as Document[];
  }
}

function asUpdateById(op: WriteOp): UpdateById | undefined {
  if (!('updateOne' in op)) return undefined;
  const { filter, update, upsert } = op.updateOne;
  const ids = Object.keys(filter).length === 1 ? idCondition(filter['_id']) : undefined;
  return ids?.length === 1 ? { id: ids[0]!, filter, update, upsert: upsert ?? false } : undefined;
}

const sortValue = (doc: Document, path: string): string => JSON.stringify(valueAtPath(doc, path) ?? null);

/** `{ a: 1, b: 1 }` on top-level fields: the projection that needs no mingo, `_id` included as MongoDB does. */
function topLevelInclusion(projection: Record<string, 0 | 1>): string[] | undefined {
  const entries = Object.entries(projection);
  if (!entries.every(([field, include]) => include === 1 && !field.includes('.') && !field.startsWith('$'))) return undefined;
  return ['_id', ...entries.map(([field]) => field)];
}

function pick(doc: Document, fields: readonly string[]): Document {
  return Object.fromEntries(fields.filter((field) => field in doc).map((field) => [field, doc[field]])) as Document;
}
