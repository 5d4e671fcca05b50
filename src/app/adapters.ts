import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventStore } from '../eventstore/event-store';
import { EsdbEventStore } from '../eventstore/esdb/esdb-event-store';
import { SqliteEventStore } from '../eventstore/sqlite/sqlite-event-store';
import { EmbeddedReadStore } from '../readstore/embedded/embedded-read-store';
import { MongoReadStore } from '../readstore/mongo/mongo-read-store';
import type { ReadStore } from '../readstore/read-store';
import type { Config } from './config';
import { MongoPersonalDataKeys } from './personal-data/mongo-personal-data-keys';
import type { PersonalDataKeys } from './personal-data/personal-data-keys';
import { SqlitePersonalDataKeys } from './personal-data/sqlite-personal-data-keys';

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

/** The stores the server needs beyond those the CLI's tools use: the personal data keys, kept apart from both. */
export interface ServerStores extends Stores {
  personalDataKeys: PersonalDataKeys;
  description: Stores['description'] & { personalDataKeys: string };
}

export async function openServerStores(config: Config): Promise<ServerStores> {
  const stores = await openStores(config);
  const keysFile = join(config.DATA_DIR, 'personal-keys.db');
  const personalDataKeys = config.MONGO_URL ? await MongoPersonalDataKeys.connect(config.MONGO_URL, config.PERSONAL_KEYS_DB) : SqlitePersonalDataKeys.open(keysFile);
  const personalDataKeysAt = config.MONGO_URL ? `MongoDB ${config.PERSONAL_KEYS_DB}` : `SQLite ${keysFile}`;
  return { ...stores, personalDataKeys, description: { ...stores.description, personalDataKeys: personalDataKeysAt } };
}

export async function closeServerStores(stores: ServerStores): Promise<void> {
  await stores.events.close();
  await stores.reads.close();
  await stores.personalDataKeys.close();
}
