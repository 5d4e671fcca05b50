import Database from 'better-sqlite3';
import { DuplicateKeyError, type Document, type Filter, type IndexSpec, type SortSpec } from '../read-store';
import {
  firstKey,
  indexableCondition,
  indexName,
  uniqueKey,
  sortsByEntries,
  valuesAtPath,
  type IndexCondition,
  type IndexDefinition,
  type IndexValue,
} from './index-keys';

/** Ids per `IN (…)` list, well under SQLite's limit on bound parameters. */
const ID_CHUNK = 500;
const NAME = /^[A-Za-z0-9_.\-]+$/;
const quote = (identifier: string): string => `"${identifier}"`;
export const docTable = (collection: string): string => `doc:${collection}`;
const ixTable = (collection: string, index: string): string => `ix:${collection}:${index}`;

/**
 * Documents of every collection kept in one SQLite file: a table of JSON documents per
 * collection, and a table of (value, id) entries per index that narrows which documents a
 * query has to look at. Matching, sorting and updating are mingo's job, not this file's.
 */
export class DocumentTables {
  private readonly known = new Set<string>();
  private readonly statements = new Map<string, Database.Statement<unknown[], unknown>>();
  private readonly indexCache = new Map<string, IndexDefinition[]>();
  private readonly docStatementCache = new Map<string, DocStatements>();
  private readonly entryStatementCache = new WeakMap<IndexDefinition, EntryStatements>();
  private dataVersion = -1;

  constructor(readonly db: Database.Database) {
    db.exec(
      'CREATE TABLE IF NOT EXISTS _indexes (collection TEXT NOT NULL, name TEXT NOT NULL, spec TEXT NOT NULL, orderable INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (collection, name))',
    );
  }

  /** Prepared once per SQL text; SQLite re-prepares by itself when a table is renamed or dropped. */
  private sql<R>(text: string): Database.Statement<unknown[], R> {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement as Database.Statement<unknown[], R>;
  }

  /** The statements every write runs, prepared once per collection (after `ensure`) and per index. */
  private docStatements(collection: string): DocStatements {
    let statements = this.docStatementCache.get(collection);
    if (!statements) {
      const table = quote(docTable(collection));
      statements = {
        get: this.db.prepare(`SELECT doc FROM ${table} WHERE id = ?`),
        insert: this.db.prepare(`INSERT INTO ${table} (id, doc) VALUES (?, ?)`),
        update: this.db.prepare(`UPDATE ${table} SET doc = ? WHERE id = ?`),
        remove: this.db.prepare(`DELETE FROM ${table} WHERE id = ?`),
      };
      this.docStatementCache.set(collection, statements);
    }
    return statements;
  }

  private entryStatements(index: IndexDefinition): EntryStatements {
    let statements = this.entryStatementCache.get(index);
    if (!statements) {
      statements = {
        insert: this.db.prepare(`INSERT OR IGNORE INTO ${quote(index.table)} (k, id) VALUES (?, ?)`),
        remove: this.db.prepare(`DELETE FROM ${quote(index.table)} WHERE k = ? AND id = ?`),
      };
      this.entryStatementCache.set(index, statements);
    }
    return statements;
  }

  /** Another connection (a rebuild, a seed) may have changed tables: forget what we cached. */
  refresh(): void {
    const version = this.sql<number>('PRAGMA data_version').pluck().get() as number;
    if (version !== this.dataVersion) {
      this.dataVersion = version;
      this.forgetAll();
    }
  }

  /** After a rollback: tables this connection created in it are gone again. */
  forgetAll(): void {
    this.known.clear();
    this.indexCache.clear();
    this.docStatementCache.clear();
  }

  ensure(collection: string): void {
    if (this.known.has(collection)) return;
    if (!NAME.test(collection)) throw new TypeError(`Invalid collection name: ${collection}`);
    // A rowid table, not WITHOUT ROWID: documents run to hundreds of bytes, and a WITHOUT ROWID
    // table keeps whole rows in its interior pages too; a rowid table appends them and indexes the id.
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${quote(docTable(collection))} (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`);
    this.known.add(collection);
  }

  indexes(collection: string): IndexDefinition[] {
    let cached = this.indexCache.get(collection);
    if (!cached) {
      const rows = this.sql<{ name: string; spec: string; orderable: number }>('SELECT name, spec, orderable FROM _indexes WHERE collection = ?').all(collection);
      cached = rows.map((row) => ({ ...(JSON.parse(row.spec) as IndexSpec), name: row.name, table: ixTable(collection, row.name), orderable: row.orderable === 1 }));
      this.indexCache.set(collection, cached);
    }
    return cached;
  }

  createIndex(collection: string, spec: IndexSpec): void {
    this.ensure(collection);
    const name = indexName(spec.keys);
    if (this.indexes(collection).some((index) => index.name === name)) return;
    const index: IndexDefinition = { ...spec, name, table: ixTable(collection, name), orderable: true };
    this.db.transaction(() => {
      this.db.exec(`CREATE TABLE ${quote(index.table)} (k NOT NULL, id TEXT NOT NULL, PRIMARY KEY (k, id)) WITHOUT ROWID`);
      this.db.prepare('INSERT INTO _indexes (collection, name, spec) VALUES (?, ?, ?)').run(collection, name, JSON.stringify(spec));
      this.indexCache.delete(collection);
      for (const doc of [...this.scan(collection)]) this.writeEntries(collection, index, doc, this.entryValues(index, doc));
    })();
  }

  get(collection: string, id: string): Document | undefined {
    this.ensure(collection);
    const row = this.docStatements(collection).get.get(id) as { doc: string } | undefined;
    return row ? (JSON.parse(row.doc) as Document) : undefined;
  }

  /** The stored documents among `ids`, in no particular order. */
  getMany(collection: string, ids: readonly string[]): Document[] {
    this.ensure(collection);
    const docs: Document[] = [];
    for (let i = 0; i < ids.length; i += ID_CHUNK) {
      const chunk = ids.slice(i, i + ID_CHUNK);
      docs.push(...this.docsWhere(collection, `id IN (${chunk.map(() => '?').join(', ')})`, chunk));
    }
    return docs;
  }

  *scan(collection: string): Generator<Document> {
    this.ensure(collection);
    for (const row of this.sql<{ doc: string }>(`SELECT doc FROM ${quote(docTable(collection))}`).iterate()) {
      yield JSON.parse(row.doc) as Document;
    }
  }

  insert(collection: string, doc: Document): void {
    this.ensure(collection);
    const indexes = this.indexes(collection);
    for (const index of indexes) if (index.unique) this.checkUnique(collection, index, doc);
    try {
      this.docStatements(collection).insert.run(doc._id, JSON.stringify(doc));
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new DuplicateKeyError(collection, `_id: ${JSON.stringify(doc._id)}`);
      throw error;
    }
    for (const index of indexes) this.writeEntries(collection, index, doc, this.entryValues(index, doc));
  }

  /** The values each index holds for a document: taken before a change, they tell which entries it touched. */
  indexValues(collection: string, doc: Document): IndexValue[][] {
    return this.indexes(collection).map((index) => this.entryValues(index, doc));
  }

  /** Stores a changed document, rewriting only the index entries whose values changed. */
  replace(collection: string, doc: Document, previousValues: IndexValue[][]): void {
    this.ensure(collection);
    const indexes = this.indexes(collection);
    const changed = indexes
      .map((index, i) => ({ index, values: this.entryValues(index, doc), previous: previousValues[i] ?? [] }))
      .filter(({ values, previous }) => !sameValues(values, previous));
    for (const { index } of changed) if (index.unique) this.checkUnique(collection, index, doc);
    this.docStatements(collection).update.run(JSON.stringify(doc), doc._id);
    for (const { index, values, previous } of changed) {
      this.deleteEntries(index, doc._id, previous);
      this.writeEntries(collection, index, doc, values);
    }
  }

  delete(collection: string, doc: Document): void {
    this.ensure(collection);
    this.docStatements(collection).remove.run(doc._id);
    for (const index of this.indexes(collection)) this.deleteEntries(index, doc._id, this.entryValues(index, doc));
  }

  /** Documents that may match `filter`: a superset chosen through `_id` or the narrowest index. */
  candidates(collection: string, filter: Filter, sort: SortSpec | undefined, wanted: number | undefined): Candidates {
    this.ensure(collection);
    const ids = idCondition(filter['_id']);
    if (ids) return unordered(this.docsWhere(collection, `id IN (${ids.map(() => '?').join(', ')})`, ids));
    const usable = this.indexes(collection)
      .map((index) => ({ index, condition: indexableCondition(filter, firstKey(index)) }))
      .filter((u): u is { index: IndexDefinition; condition: IndexCondition } => u.condition !== undefined);
    if (usable.length > 0) {
      const narrowest = minBy(usable, (u) => this.countEntries(u.index, u.condition));
      const { where, params } = conditionSql(narrowest.condition);
      return unordered(this.docsWhere(collection, `id IN (SELECT id FROM ${quote(narrowest.index.table)} WHERE ${where})`, params));
    }
    const sortIndex =
      sort && wanted !== undefined ? this.indexes(collection).find((index) => index.orderable && firstKey(index) === Object.keys(sort)[0]) : undefined;
    if (sortIndex) {
      const [first, tieBreak] = Object.entries(sort!) as [string, 1 | -1][];
      const direction = first![1];
      // Ties on the first key come out ordered by id (ascending unless asked, as a stable sort of
      // the natural order leaves them): the whole sort when that is all it asks.
      const idDirection = tieBreak?.[0] === '_id' ? tieBreak[1] : 1;
      const order = !tieBreak || (tieBreak[0] === '_id' && Object.keys(sort!).length === 2) ? 'exact' : 'first-key';
      return { docs: this.inIndexOrder(collection, sortIndex, direction, idDirection), order };
    }
    return unordered(this.scan(collection));
  }

  /** Documents in the order of an index, each once, at its first entry: lowest value ascending, highest descending, as MongoDB sorts arrays. */
  private *inIndexOrder(collection: string, index: IndexDefinition, direction: 1 | -1, idDirection: 1 | -1): Generator<Document> {
    const seen = new Set<string>();
    const order = direction === 1 ? 'ASC' : 'DESC';
    const idOrder = idDirection === 1 ? 'ASC' : 'DESC';
    const rows = this.sql<{ id: string; doc: string }>(
      `SELECT ix.id AS id, d.doc AS doc FROM ${quote(index.table)} ix JOIN ${quote(docTable(collection))} d ON d.id = ix.id ORDER BY ix.k ${order}, ix.id ${idOrder}`,
    ).iterate();
    for (const { id, doc } of rows) {
      if (seen.has(id)) continue;
      seen.add(id);
      yield JSON.parse(doc) as Document;
    }
  }

  private countEntries(index: IndexDefinition, condition: IndexCondition): number {
    const { where, params } = conditionSql(condition);
    return this.sql<{ n: number }>(`SELECT COUNT(*) AS n FROM ${quote(index.table)} WHERE ${where}`).get(...params)!.n;
  }

  /** Documents whose id satisfies `where`, in the collection's natural order, as a full scan would give them. */
  private docsWhere(collection: string, where: string, params: readonly unknown[]): Document[] {
    return this.sql<{ doc: string }>(`SELECT doc FROM ${quote(docTable(collection))} WHERE ${where} ORDER BY id`)
      .all(...params)
      .map((row) => JSON.parse(row.doc) as Document);
  }

  private idsFor(index: IndexDefinition, condition: IndexCondition): string[] {
    const { where, params } = conditionSql(condition);
    return this.sql<{ id: string }>(`SELECT DISTINCT id FROM ${quote(index.table)} WHERE ${where}`)
      .all(...params)
      .map((row) => row.id);
  }

  private deleteEntries(index: IndexDefinition, id: string, values: readonly IndexValue[]): void {
    const { remove } = this.entryStatements(index);
    for (const value of values) remove.run(stored(value), id);
  }

  /** A document without a value at the key still has an entry (null), as MongoDB indexes missing fields. */
  private entryValues(index: IndexDefinition, doc: Document): IndexValue[] {
    const values = valuesAtPath(doc, firstKey(index));
    return values.length ? values : [null];
  }

  private writeEntries(collection: string, index: IndexDefinition, doc: Document, values: readonly IndexValue[]): void {
    const { insert } = this.entryStatements(index);
    for (const value of values) insert.run(stored(value), doc._id);
    if (index.orderable && !sortsByEntries(doc, firstKey(index))) {
      this.sql('UPDATE _indexes SET orderable = 0 WHERE collection = ? AND name = ?').run(collection, index.name);
      index.orderable = false;
    }
  }

  private checkUnique(collection: string, index: IndexDefinition, doc: Document): void {
    const key = uniqueKey(doc, index);
    const values = valuesAtPath(doc, firstKey(index));
    const others = this.idsFor(index, { kind: 'in', values }).filter((id) => id !== doc._id);
    if (others.some((id) => uniqueKey(this.get(collection, id)!, index) === key)) {
      throw new DuplicateKeyError(collection, `${index.name}: ${key}`);
    }
  }

  /** Moves each `from` collection, with its indexes, over `to`. */
  rename(from: string, to: string): void {
    this.drop(to);
    this.ensure(from);
    this.db.exec(`ALTER TABLE ${quote(docTable(from))} RENAME TO ${quote(docTable(to))}`);
    for (const index of this.indexes(from)) {
      this.db.exec(`ALTER TABLE ${quote(index.table)} RENAME TO ${quote(ixTable(to, index.name))}`);
    }
    this.db.prepare('UPDATE _indexes SET collection = ? WHERE collection = ?').run(to, from);
    this.forget(from, to);
  }

  drop(collection: string): void {
    for (const index of this.indexes(collection)) this.db.exec(`DROP TABLE IF EXISTS ${quote(index.table)}`);
    this.db.exec(`DROP TABLE IF EXISTS ${quote(docTable(collection))}`);
    this.db.prepare('DELETE FROM _indexes WHERE collection = ?').run(collection);
    this.forget(collection);
  }

  private forget(...collections: string[]): void {
    for (const name of collections) {
      this.known.delete(name);
      this.indexCache.delete(name);
      this.docStatementCache.delete(name);
    }
  }
}

/**
 * Candidate documents, and how far they already follow the sort asked for: not at all, by its
 * first key (ties in any order), or exactly.
 */
export interface Candidates {
  docs: Iterable<Document>;
  order: 'none' | 'first-key' | 'exact';
}

const unordered = (docs: Iterable<Document>): Candidates => ({ docs, order: 'none' });

/** The ids an `_id` condition names exactly (a string, $eq or $in of strings), if it is one. */
export function idCondition(condition: unknown): string[] | undefined {
  if (typeof condition === 'string') return [condition];
  if (condition === null || typeof condition !== 'object') return undefined;
  const operators = condition as Record<string, unknown>;
  if (typeof operators['$eq'] === 'string') return [operators['$eq']];
  if (Array.isArray(operators['$in']) && operators['$in'].every((v) => typeof v === 'string')) return [...new Set(operators['$in'] as string[])];
  return undefined;
}

/**
 * Null and missing are stored as -Infinity: an index table is keyed by (value, id), which may not
 * be NULL, and -Infinity (which JSON cannot hold) sorts below every number as null does.
 */
const stored = (value: IndexValue): string | number => value ?? -Infinity;

function conditionSql(condition: IndexCondition): { where: string; params: (string | number)[] } {
  if (condition.kind === 'in') {
    return { where: `k IN (${condition.values.map(() => '?').join(', ')})`, params: condition.values.map(stored) };
  }
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  if (condition.lower) {
    clauses.push(condition.lower.inclusive ? 'k >= ?' : 'k > ?');
    params.push(condition.lower.value);
  }
  if (condition.upper) {
    clauses.push(condition.upper.inclusive ? 'k <= ?' : 'k < ?');
    params.push(condition.upper.value);
  }
  return { where: clauses.join(' AND '), params };
}

function sameValues(a: readonly IndexValue[], b: readonly IndexValue[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function minBy<T>(items: readonly T[], score: (item: T) => number): T {
  if (items.length === 1) return items[0]!;
  return items.map((item) => ({ item, score: score(item) })).reduce((a, b) => (b.score < a.score ? b : a)).item;
}

interface DocStatements {
  get: Database.Statement<[string], { doc: string }>;
  insert: Database.Statement<[string, string]>;
  update: Database.Statement<[string, string]>;
  remove: Database.Statement<[string]>;
}

interface EntryStatements {
  insert: Database.Statement<[string | number, string]>;
  remove: Database.Statement<[string | number, string]>;
}
