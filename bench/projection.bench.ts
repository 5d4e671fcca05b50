import { join } from 'node:path';
import { createLogger } from '../src/app/logger';
import type { EventStore } from '../src/eventstore/event-store';
import { SqliteEventStore } from '../src/eventstore/sqlite/sqlite-event-store';
import type { Projection } from '../src/projections/projection';
import { rebuildProjection } from '../src/projections/rebuild';
import { projections } from '../src/projections/registry';
import { ProjectionRunner } from '../src/projections/runner';
import { EmbeddedReadStore } from '../src/readstore/embedded/embedded-read-store';
import { log, timed } from './env';

/** What the projections must at least do: read the log once per projection, with its filter and page size, writing nothing. */
export async function readOnlyReplaySeconds(events: EventStore, pageSize: number): Promise<number> {
  const { seconds } = await timed(async () => {
    for (const projection of projections) {
      let after: number | undefined;
      for (;;) {
        const page = await events.readAll({ after, maxCount: pageSize, filter: projection.filter });
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

/** Seconds per projection for rebuildProjection over the whole log, one after the other as `concierge rebuild` runs them. */
export async function rebuildSeconds(dataDir: string): Promise<{ projection: Projection; seconds: number }[]> {
  const events = SqliteEventStore.open(join(dataDir, 'events.db'));
  const reads = EmbeddedReadStore.open(join(dataDir, 'read-models.db'));
  const results: { projection: Projection; seconds: number }[] = [];
  for (const projection of projections) {
    let next = 100_000;
    const { seconds } = await timed(() =>
      rebuildProjection(events, reads, projection, (p) => {
        if (p.events < next) return;
        next += 100_000;
        log(`  ${projection.name}: ${p.events.toLocaleString('en-US')} events at ${p.eventsPerSecond.toLocaleString('en-US')} ev/s`);
      }),
    );
    results.push({ projection, seconds });
  }
  await events.close();
  await reads.close();
  return results;
}
