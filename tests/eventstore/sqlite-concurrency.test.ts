import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventIdConflictError } from '../../src/eventstore/append-plan';
import { WrongExpectedRevisionError } from '../../src/eventstore/event-store';
import { ChainVerifier } from '../../src/eventstore/hash-chain';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { newEvent } from '../contract/event-store.contract';

describe('the SQLite event store under 64 concurrent writers', () => {
  let dir: string;
  let store: SqliteEventStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'concierge-writers-'));
    store = SqliteEventStore.open(join(dir, 'events.db'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores every acknowledged event with gapless revisions, and nothing of a refused append', async () => {
    const acknowledged = new Map<string, string[]>();
    const refused: string[] = [];
    const poison = newEvent('Poison');
    await store.appendToStream('poison-holder', [poison]);

    await Promise.all(
      Array.from({ length: 64 }, async (_, writer) => {
        const stream = `writer-${writer}`;
        const ids: string[] = [];
        acknowledged.set(stream, ids);
        for (let n = 0; n < 500; n += 1) {
          const event = newEvent('Written', { writer, n });
          // Every 50th append carries a second event whose id is taken: the whole append must be refused.
          const batch = n % 50 === 49 ? [event, poison] : [event];
          try {
            await store.appendToStream(stream, batch, { expectedRevision: ids.length === 0 ? 'no_stream' : ids.length - 1 });
            ids.push(event.id);
          } catch (error) {
            expect(error).toBeInstanceOf(EventIdConflictError);
            refused.push(event.id);
          }
        }
      }),
    );

    expect(refused).toHaveLength(64 * 10);
    let total = 0;
    for (const [stream, ids] of acknowledged) {
      const stored = await store.readStream(stream);
      expect(stored.map((e) => e.id)).toEqual(ids);
      expect(stored.map((e) => e.revision)).toEqual(ids.map((_, revision) => revision));
      total += stored.length;
    }
    expect(total).toBe(64 * 490);
    const all = await store.readAll({ maxCount: 100_000 });
    expect(all.events).toHaveLength(total + 1);
    expect(new Set(all.events.map((e) => e.id)).size).toBe(total + 1);
    for (const id of refused) expect(all.events.find((e) => e.id === id)).toBeUndefined();
  });

  it('takes back only the events of an append whose insert SQLite refuses, one event or several, and commits the rest of its group', async () => {
    const file = join(dir, 'refusing.db');
    const refusing = SqliteEventStore.open(file);
    const db = new Database(file);
    db.exec(`CREATE TRIGGER refuse_boom BEFORE INSERT ON events WHEN NEW.type = 'Boom' BEGIN SELECT RAISE(ABORT, 'boom refused'); END`);
    db.close();
    try {
      const outcomes = await Promise.allSettled([
        refusing.appendToStream('a', [newEvent('Fine')]),
        refusing.appendToStream('b', [newEvent('Boom')]),
        refusing.appendToStream('c', [newEvent('Fine'), newEvent('Boom')]),
        refusing.appendToStream('d', [newEvent('Fine'), newEvent('Fine')]),
      ]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
      const stored = (await refusing.readAll({ maxCount: 100 })).events.map((event) => `${event.streamName}:${event.type}`);
      expect(stored).toEqual(['a:Fine', 'd:Fine', 'd:Fine']);
      // Nothing of the refused appends is remembered as their streams' last event either.
      await expect(refusing.appendToStream('b', [newEvent('Fine')], { expectedRevision: 'no_stream' })).resolves.toMatchObject({ nextExpectedRevision: 0 });
      await expect(refusing.appendToStream('c', [newEvent('Fine')], { expectedRevision: 'no_stream' })).resolves.toMatchObject({ nextExpectedRevision: 0 });
    } finally {
      await refusing.close();
    }
  });

  it('appends after what another connection appended to the same stream, linked to its hash', async () => {
    const file = join(dir, 'shared.db');
    const [first, second] = [SqliteEventStore.open(file), SqliteEventStore.open(file)];
    try {
      await first.appendToStream('s', [newEvent('A')], { expectedRevision: 'no_stream' });
      await second.appendToStream('s', [newEvent('B')], { expectedRevision: 0 });
      await expect(first.appendToStream('s', [newEvent('Stale')], { expectedRevision: 0 })).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      await first.appendToStream('s', [newEvent('C')], { expectedRevision: 1 });
      const events = await first.readStream('s');
      expect(events.map((event) => event.type)).toEqual(['A', 'B', 'C']);
      const verifier = new ChainVerifier();
      expect(events.map((event) => verifier.check(event))).toEqual([undefined, undefined, undefined]);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
