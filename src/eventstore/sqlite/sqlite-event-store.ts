import Database from 'better-sqlite3';
import { planAppend, revisionMatches, type StoredEventRef } from '../append-plan';
import {
  CorruptEventError,
  type AppendResult,
  type BatchHandler,
  type EventFilter,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type Position,
  type ReadAllOptions,
  type ReadAllPage,
  type ReadStreamOptions,
  type RecordedEvent,
  type RecordedMetadata,
  type SubscribeOptions,
  type Subscription,
} from '../event-store';
import { sealEvents, type ChainLink, type SealedEvent } from '../hash-chain';
import { AppendNotifier, pollingSubscription } from '../polling-subscription';
import { StreamTails } from './stream-tails';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  stream TEXT NOT NULL,
  revision INTEGER NOT NULL,
  type TEXT NOT NULL,
  schema_version INTEGER NOT NULL,
  data TEXT NOT NULL,
  metadata TEXT NOT NULL,
  UNIQUE (stream, revision)
);`;

interface EventRow {
  position: number;
  id: string;
  stream: string;
  revision: number;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
}

type Outcome = { ok: AppendResult } | { error: unknown };

type TailRow = Pick<EventRow, 'position' | 'stream' | 'revision' | 'metadata'>;

interface PendingAppend {
  stream: string;
  events: readonly NewEvent[];
  expected: ExpectedRevision;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

/** Other processes (seed, rebuild) may append to the same file: poll for their events this often. */
const POLL_MS = 250;

/**
 * The embedded event store: one SQLite file in WAL mode with synchronous=FULL, so an
 * acknowledged append survives power loss. Appends that arrive together are group-committed
 * in one transaction (one fsync); an append refused or failing takes back only its own events.
 */
export class SqliteEventStore implements EventStore {
  private readonly notifier = new AppendNotifier();
  private readonly tails = new StreamTails();
  private pending: PendingAppend[] = [];
  private flushing: Promise<void> | undefined;
  private readonly statements;
  /** One transaction for the group; each append of several events in a savepoint of its own. Built once: building them is not free. */
  private readonly appendInSavepoint: Database.Transaction<(append: PendingAppend) => AppendResult>;
  private readonly commitGroup: Database.Transaction<(batch: PendingAppend[]) => Outcome[]>;

  private constructor(private readonly db: Database.Database) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 10000');
    db.exec(SCHEMA);
    this.statements = {
      tail: db.prepare<[string], TailRow>('SELECT position, stream, revision, metadata FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1'),
      byId: db.prepare<[string], StoredEventRef>('SELECT stream, revision, position FROM events WHERE id = ?'),
      insert: db.prepare(
        'INSERT INTO events (id, stream, revision, type, schema_version, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      forwards: db.prepare<[string, number, number], EventRow>(
        'SELECT * FROM events WHERE stream = ? AND revision >= ? ORDER BY revision ASC LIMIT ?',
      ),
      backwards: db.prepare<[string, number, number], EventRow>(
        'SELECT * FROM events WHERE stream = ? AND revision <= ? ORDER BY revision DESC LIMIT ?',
      ),
      head: db.prepare<[], { head: number | null }>('SELECT MAX(position) AS head FROM events'),
      revision: db.prepare<[string], { revision: number | null }>('SELECT MAX(revision) AS revision FROM events WHERE stream = ?'),
      dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
    };
    this.appendInSavepoint = db.transaction((append: PendingAppend) => this.appendNow(append));
    this.commitGroup = db.transaction((batch: PendingAppend[]) => {
      this.tails.begin(this.statements.dataVersion.get()!);
      return batch.map((append): Outcome => {
        try {
          // One event is one INSERT, which SQLite undoes by itself if it fails: no savepoint needed.
          return { ok: append.events.length === 1 ? this.appendNow(append) : this.appendInSavepoint(append) };
        } catch (error) {
          return { error };
        }
      });
    });
  }

  static open(file: string): SqliteEventStore {
    return new SqliteEventStore(new Database(file));
  }

  appendToStream(stream: string, events: readonly NewEvent[], options: { expectedRevision?: ExpectedRevision } = {}): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.pending.push({ stream, events, expected: options.expectedRevision ?? 'any', resolve, reject });
      this.flushing ??= new Promise<void>((done) => setImmediate(() => done(this.flush())));
    });
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    this.flushing = undefined;
    let outcomes: Outcome[];
    try {
      outcomes = this.commitGroup.immediate(batch);
      this.tails.commit();
    } catch (commitError) {
      this.tails.forget();
      for (const append of batch) append.reject(commitError);
      return;
    }
    batch.forEach((append, index) => {
      const outcome = outcomes[index]!;
      if ('ok' in outcome) append.resolve(outcome.ok);
      else append.reject(outcome.error);
    });
    this.notifier.notify();
  }

  private appendNow({ stream, events, expected }: PendingAppend): AppendResult {
    const tail = this.tailOf(stream);
    if (events.length === 1 && revisionMatches(expected, tail)) {
      // The common append: one event where its writer expected it. Rather than look its id up
      // first, let the id's UNIQUE constraint catch a retry or a taken id, which the plan sorts out.
      try {
        return this.insert(stream, sealEvents(stream, tail, events));
      } catch (error) {
        if (!isTakenId(error)) throw error;
      }
    }
    const plan = planAppend(stream, expected, tail, events, (id) => this.statements.byId.get(id));
    return plan.kind === 'already-written' ? plan.result : this.insert(stream, plan.sealed);
  }

  private tailOf(stream: string): ChainLink | null {
    const known = this.tails.get(stream);
    if (known) return known;
    const row = this.statements.tail.get(stream);
    return row ? { revision: row.revision, hash: parseStored<RecordedMetadata>(row, row.metadata).hash } : null;
  }

  private insert(stream: string, sealed: readonly SealedEvent[]): AppendResult {
    let position = 0;
    for (const event of sealed) {
      const { lastInsertRowid } = this.statements.insert.run(
        event.id,
        stream,
        event.revision,
        event.type,
        event.schemaVersion,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
      );
      position = Number(lastInsertRowid);
    }
    const last = sealed.at(-1)!;
    this.tails.wrote(stream, { revision: last.revision, hash: last.metadata.hash });
    return { nextExpectedRevision: last.revision, position };
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const maxCount = options.maxCount ?? -1;
    const from = options.fromRevision;
    const rows =
      options.direction === 'backwards'
        ? this.statements.backwards.all(stream, from === undefined || from === 'end' ? Number.MAX_SAFE_INTEGER : from === 'start' ? 0 : from, maxCount)
        : this.statements.forwards.all(stream, from === undefined || from === 'start' ? 0 : from === 'end' ? Number.MAX_SAFE_INTEGER : from, maxCount);
    return rows.map(toEvent);
  }

  async streamRevision(stream: string): Promise<number> {
    return this.statements.revision.get(stream)?.revision ?? -1;
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllPage> {
    const maxCount = options.maxCount ?? 1000;
    const after = options.after ?? 0;
    return this.db.transaction((): ReadAllPage => {
      const { where, params } = filterClause(options.filter);
      const rows = this.pageStatement(where).all(after, ...params, maxCount);
      const head = this.statements.head.get()?.head ?? undefined;
      const full = rows.length === maxCount;
      return {
        events: rows.map(toEvent),
        scannedTo: full ? rows.at(-1)!.position : (head ?? options.after),
        isEnd: !full,
      };
    })();
  }

  private readonly pageStatements = new Map<string, Database.Statement<unknown[], EventRow>>();

  private pageStatement(where: string): Database.Statement<unknown[], EventRow> {
    let statement = this.pageStatements.get(where);
    if (!statement) {
      statement = this.db.prepare<unknown[], EventRow>(`SELECT * FROM events WHERE position > ?${where} ORDER BY position LIMIT ?`);
      this.pageStatements.set(where, statement);
    }
    return statement;
  }

  subscribeToAll(options: SubscribeOptions, handler: BatchHandler): Subscription {
    return pollingSubscription((page) => this.readAll(page), this.notifier, POLL_MS, options, handler);
  }

  async headPosition(): Promise<Position | undefined> {
    return this.statements.head.get()?.head ?? undefined;
  }

  async close(): Promise<void> {
    while (this.flushing) await this.flushing;
    this.db.close();
  }
}

const isTakenId = (error: unknown): boolean =>
  (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && String((error as Error).message).includes('events.id');

function filterClause(filter: EventFilter | undefined): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter?.streamPrefixes?.length) {
    clauses.push(`(${filter.streamPrefixes.map(() => 'substr(stream, 1, ?) = ?').join(' OR ')})`);
    for (const prefix of filter.streamPrefixes) params.push(prefix.length, prefix);
  }
  if (filter?.eventTypes?.length) {
    clauses.push(`type IN (${filter.eventTypes.map(() => '?').join(', ')})`);
    params.push(...filter.eventTypes);
  }
  return { where: clauses.map((c) => ` AND ${c}`).join(''), params };
}

function toEvent(row: EventRow): RecordedEvent {
  return {
    id: row.id,
    streamName: row.stream,
    revision: row.revision,
    position: row.position,
    type: row.type,
    schemaVersion: row.schema_version,
    data: parseStored<Record<string, unknown>>(row, row.data),
    metadata: parseStored<RecordedMetadata>(row, row.metadata),
  };
}

/** JSON as stored under an event; text that no longer parses is damage, reported with the event it belongs to. */
function parseStored<T>(row: TailRow, text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new CorruptEventError(row.position, row.stream, row.revision, error);
  }
}
