// Child process for the crash test: projects DATA_DIR's events until caught up, then exits.
import { ProjectionRunner } from '../../src/projections/runner';
import { projections } from '../../src/projections/registry';
import { EmbeddedReadStore } from '../../src/readstore/embedded/embedded-read-store';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { join } from 'node:path';
import pino from 'pino';

async function main(): Promise<void> {
  const dir = process.env['DATA_DIR']!;
  const events = SqliteEventStore.open(join(dir, 'events.db'));
  const reads = EmbeddedReadStore.open(join(dir, 'read-models.db'));
  const runner = new ProjectionRunner(events, reads, projections, pino({ level: 'silent' }));
  await runner.start();
  process.stdout.write('started\n');
  const statuses = await runner.caughtUpWith(await events.headPosition(), 1);
  await runner.stop();
  process.stdout.write(statuses.every((s) => s.state !== 'failed') ? 'caught-up\n' : 'failed\n');
}

void main();
