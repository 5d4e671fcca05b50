import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventStore } from '../eventstore/event-store';
import { EsdbEventStore } from '../eventstore/esdb/esdb-event-store';
import { SqliteEventStore } from '../eventstore/sqlite/sqlite-event-store';
import { EmbeddedReadStore } from '../readstore/embedded/embedded-read-store';
import { MongoReadStore } from '../readstore/mongo/mongo-read-store';
import type { ReadStore } from '../readstore/read-store';
import type { Config } from './config';

export interface Stores {
  events: EventStore;
  reads: ReadStore;
  /** Where each store lives, for the start-up log. */
  description: { events: string; reads: string };
}

/** Adapters are chosen by configuration only: a URL picks the server, else an embedded file under DATA_DIR. */
export async function openStores(config: Config): Promise<Stores> {
  if (!config.EVENTSTORE_URL || !config.MONGO_URL) mkdirSync(config.DATA_DIR, { recursive: true });
  const eventsFile = join(config.DATA_DIR, 'events.db');
  const readsFile = join(config.DATA_DIR, 'read-models.db');
  const events = config.EVENTSTORE_URL ? EsdbEventStore.connect(config.EVENTSTORE_URL) : SqliteEventStore.open(eventsFile);
  const reads = config.MONGO_URL ? await MongoReadStore.connect(config.MONGO_URL, config.MONGO_DB) : EmbeddedReadStore.open(readsFile);
  return {
    events,
    reads,
    description: {
      events: config.EVENTSTORE_URL ? 'EventStoreDB' : `SQLite ${eventsFile}`,
      reads: config.MONGO_URL ? `MongoDB ${config.MONGO_DB}` : `embedded ${readsFile}`,
    },
  };
}
