import Database from 'better-sqlite3';
import type { EventStore } from '../src/eventstore/event-store';
import { sealEvents, type ChainLink } from '../src/eventstore/hash-chain';
import { SqliteEventStore } from '../src/eventstore/sqlite/sqlite-event-store';
import type { FixtureEvent } from './fixtures';

/**
 * Appends through the store's own API, `inFlight` appends at a time (one event each, with the
 * exact expected revision), so they are group-committed: the real path, hashes and all.
 */
export async function appendThroughStore(store: EventStore, events: Iterable<FixtureEvent>, inFlight = 2000): Promise<number> {
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
 * Fills a fresh events file much faster than appends: the schema comes from SqliteEventStore
 * itself, each event is sealed with sealEvents (so `verify` finds every chain intact), and rows
 * go in with the store's own INSERT, 20,000 per transaction with synchronous=OFF.
 */
export async function bulkInsertSealed(file: string, events: Iterable<FixtureEvent>, onProgress: (count: number) => void = () => undefined): Promise<number> {
  await SqliteEventStore.open(file).close();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insert = db.prepare('INSERT INTO events (id, stream, revision, type, schema_version, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const tails = new Map<string, ChainLink>();
  let rows: unknown[][] = [];
  const flush = db.transaction((pending: unknown[][]) => {
    for (const row of pending) insert.run(...row);
  });
  let count = 0;
  for (const { stream, event } of events) {
    const [sealed] = sealEvents(stream, tails.get(stream) ?? null, [event]);
    tails.set(stream, { revision: sealed!.revision, hash: sealed!.metadata.hash });
    rows.push([sealed!.id, stream, sealed!.revision, sealed!.type, sealed!.schemaVersion, JSON.stringify(sealed!.data), JSON.stringify(sealed!.metadata)]);
    count += 1;
    if (rows.length >= 20_000) {
      flush(rows);
      rows = [];
      onProgress(count);
    }
  }
  flush(rows);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return count;
}
