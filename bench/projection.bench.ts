import { join } from 'node:path';
import { createLogger } from '../src/app/logger';
import type { EventFilter, EventStore } from '../src/eventstore/event-store';
import { SqliteEventStore } from '../src/eventstore/sqlite/sqlite-event-store';
import { rebuildProjections } from '../src/projections/rebuild';
import { projections } from '../src/projections/registry';
import { ProjectionRunner } from '../src/projections/runner';
import { EmbeddedReadStore } from '../src/readstore/embedded/embedded-read-store';
import { log, timed } from './env';

/** The reads alone, writing nothing: the log read through each of `filters` in turn, `pageSize` events a page. */
export async function readOnlyReplaySeconds(events: EventStore, pageSize: number, filters: readonly (EventFilter | undefined)[]): Promise<number> {
  const { seconds } = await timed(async () => {
    for (const filter of filters) {
      let after: number | undefined;
      for (;;) {
        const page = await events.readAll({ after, maxCount: pageSize, filter });
        after = page.scannedTo;
        if (page.isEnd) break;
      }
    }
  });
  return seconds;
}

/** Seconds for a ProjectionRunner with every registered projection to go from position 0 to live at the head. */
export async function catchUpSeconds(eventsFile: string, readsFile: string): Promise<number> {
  const events = SqliteEventStore.open(eventsFile);
  const reads = EmbeddedReadStore.open(readsFile);
  const runner = new ProjectionRunner(events, reads, projections, createLogger('silent'));
  const head = await events.headPosition();
  const { result: statuses, seconds } = await timed(async () => {
    await runner.start();
    return runner.caughtUpWith(head);
  });
  await runner.stop();
  await events.close();
  await reads.close();
  const failed = statuses.find((s) => s.state === 'failed');
  if (failed) throw new Error(`projection ${failed.name} failed during catch-up: ${JSON.stringify(failed.failure)}`);
  return seconds;
}

/** Seconds for rebuildProjections of every projection over the whole log, as `concierge rebuild` runs it. */
export async function rebuildSeconds(dataDir: string): Promise<number> {
  const events = SqliteEventStore.open(join(dataDir, 'events.db'));
  const reads = EmbeddedReadStore.open(join(dataDir, 'read-models.db'));
  let next = 100_000;
  const { seconds } = await timed(() =>
    rebuildProjections(events, reads, projections, (p) => {
      if (p.events < next) return;
      next += 100_000;
      log(`  ${p.events.toLocaleString('en-US')} events at ${p.eventsPerSecond.toLocaleString('en-US')} ev/s`);
    }),
  );
  await events.close();
  await reads.close();
  return seconds;
}
