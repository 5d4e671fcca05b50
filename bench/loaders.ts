import Database from 'better-sqlite3';
import type { EventStore } from '../src/eventstore/event-store';
import { sealEvents, type ChainLink } from '../src/eventstore/hash-chain';
import { SqliteEventStore } from '../src/eventstore/sqlite/sqlite-event-store';
import type { FixtureEvent } from './fixtures';

/** The store's own INSERT, column for column. */
export const INSERT_SQL = 'INSERT INTO events (id, stream, revision, type, schema_version, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)';
export type EventRowValues = [string, string, number, string, number, string, string];

/** Creates an events file with exactly the schema SqliteEventStore creates, by letting it do so. */
export async function createEventsFile(file: string): Promise<void> {
  await SqliteEventStore.open(file).close();
}

/** Each event sealed into its stream's hash chain as the store would seal it, as INSERT values. */
export function* sealedRows(events: Iterable<FixtureEvent>): Generator<EventRowValues> {
  const tails = new Map<string, ChainLink>();
  for (const { stream, event } of events) {
    const sealed = sealEvents(stream, tails.get(stream) ?? null, [event])[0]!;
    tails.set(stream, { revision: sealed.revision, hash: sealed.metadata.hash });
    yield [sealed.id, stream, sealed.revision, sealed.type, sealed.schemaVersion, JSON.stringify(sealed.data), JSON.stringify(sealed.metadata)];
  }
}

/**
 * Appends through the store's own API, `inFlight` appends at a time (one event each, with the
 * exact expected revision), so they are group-committed: the real path, hashes and all.
 */
export async function appendThroughStore(store: EventStore, events: Iterable<FixtureEvent>, inFlight: number): Promise<number> {
  const revisions = new Map<string, number>();
  let batch: Promise<unknown>[] = [];
  let count = 0;
  for (const { stream, event } of events) {
    const current = revisions.get(stream);
    batch.push(store.appendToStream(stream, [event], { expectedRevision: current ?? 'no_stream' }));
    revisions.set(stream, (current ?? -1) + 1);
    count += 1;
    if (batch.length >= inFlight) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  return count;
}

/**
 * Fills a fresh events file much faster than appends can: rows sealed by sealedRows (so
 * `concierge verify` finds every chain intact) go in with the store's INSERT, 20,000 per
 * transaction, with synchronous=OFF and a large page cache.
 */
export async function bulkInsertSealed(file: string, events: Iterable<FixtureEvent>, onProgress: (count: number) => void = () => undefined): Promise<number> {
  await createEventsFile(file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const insert = db.prepare(INSERT_SQL);
  const write = db.transaction((rows: EventRowValues[]) => {
    for (const row of rows) insert.run(...row);
  });
  let rows: EventRowValues[] = [];
  let count = 0;
  for (const row of sealedRows(events)) {
    rows.push(row);
    count += 1;
    if (rows.length === 20_000) {
      write(rows);
      rows = [];
      onProgress(count);
    }
  }
  write(rows);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return count;
}
