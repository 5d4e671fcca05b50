import { newId } from '../src/app/ids';
import { join } from 'node:path';
import type { EventFilter } from '../src/eventstore/event-store';
import { SqliteEventStore } from '../src/eventstore/sqlite/sqlite-event-store';
import { timed } from './env';
import { enterpriseEvents, type FixtureEvent } from './fixtures';
import { appendThroughStore } from './loaders';

/** Appends per second with one writer awaiting each append: one event per append, exact expected revisions. */
export async function oneWriterRate(dir: string, events: readonly FixtureEvent[]): Promise<number> {
  const store = SqliteEventStore.open(join(dir, 'one-writer.db'));
  const { seconds } = await timed(() => appendThroughStore(store, events, 1));
  await store.close();
  return events.length / seconds;
}

/** What each of `writers` writers appends: `perWriter` events to a stream of its own. */
export function writersWork(writers: number, perWriter: number): FixtureEvent[][] {
  const source = enterpriseEvents(writers * perWriter, 11);
  return Array.from({ length: writers }, () => {
    const stream = `enterprise-${newId()}`;
    return Array.from({ length: perWriter }, () => ({ stream, event: source.next().value!.event }));
  });
}

/** The writers' events in the order group commit stores them: every writer's first, then every writer's second, … */
export const inRounds = (work: readonly FixtureEvent[][]): FixtureEvent[] =>
  work[0]!.flatMap((_, round) => work.map((events) => events[round]!));

/** Events per second with one async loop per writer, each appending its events one by one. */
export async function concurrentWritersRate(dir: string, work: readonly FixtureEvent[][]): Promise<number> {
  const store = SqliteEventStore.open(join(dir, 'writers.db'));
  const { seconds } = await timed(() =>
    Promise.all(
      work.map(async (events) => {
        for (const [revision, { stream, event }] of events.entries()) {
          await store.appendToStream(stream, [event], { expectedRevision: revision === 0 ? 'no_stream' : revision - 1 });
        }
      }),
    ),
  );
  await store.close();
  return work.flat().length / seconds;
}

/** Log events scanned per second reading the whole log through readAll, `pageSize` at a time; `read` is how many passed the filter. */
export async function readAllRate(file: string, pageSize: number, filter?: EventFilter): Promise<{ rate: number; read: number }> {
  const store = SqliteEventStore.open(file);
  const head = (await store.headPosition()) ?? 0;
  const { result: read, seconds } = await timed(async () => {
    let after: number | undefined;
    let count = 0;
    for (;;) {
      const page = await store.readAll({ after, maxCount: pageSize, filter });
      count += page.events.length;
      after = page.scannedTo;
      if (page.isEnd) return count;
    }
  });
  await store.close();
  return { rate: head / seconds, read };
}
