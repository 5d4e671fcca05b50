import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventStore } from '../eventstore/event-store';
import { EsdbEventStore } from '../eventstore/esdb/esdb-event-store';
import { SqliteEventStore } from '../eventstore/sqlite/sqlite-event-store';
import { EmbeddedReadStore } from '../readstore/embedded/embedded-read-store';
import { MongoReadStore } from '../readstore/mongo/mongo-read-store';
import type { ReadStore } from '../readstore/read-store';
import { BullmqScheduler } from '../jobs/bullmq-scheduler';
import { LocalScheduler } from '../jobs/local-scheduler';
import type { Scheduler } from '../jobs/scheduler';
import type { Clock } from './clock';
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

/** The stores the server needs beyond those the CLI's tools use: the personal data keys, kept apart from both, and the scheduled jobs. */
export interface ServerStores extends Stores {
  personalDataKeys: PersonalDataKeys;
  scheduler: Scheduler;
  description: Stores['description'] & { personalDataKeys: string; jobs: string };
}

/** The personal data keys: in MongoDB when MONGO_URL is set, else an SQLite file of their own. */
export async function openPersonalDataKeys(config: Config): Promise<{ personalDataKeys: PersonalDataKeys; description: string }> {
  const keysFile = join(config.DATA_DIR, 'personal-keys.db');
  return config.MONGO_URL
    ? { personalDataKeys: await MongoPersonalDataKeys.connect(config.MONGO_URL, config.PERSONAL_KEYS_DB), description: `MongoDB ${config.PERSONAL_KEYS_DB}` }
    : { personalDataKeys: SqlitePersonalDataKeys.open(keysFile), description: `SQLite ${keysFile}` };
}

/** BullMQ when REDIS_URL is set, else the local scheduler's SQLite file. */
function openScheduler(config: Config, clock: Clock, onError: (error: Error) => void): { scheduler: Scheduler; description: string } {
  const jobsFile = join(config.DATA_DIR, 'jobs.db');
  return config.REDIS_URL
    ? { scheduler: new BullmqScheduler({ url: config.REDIS_URL, prefix: config.REDIS_PREFIX, clock, onError }), description: `BullMQ ${config.REDIS_PREFIX}` }
    : { scheduler: LocalScheduler.open(jobsFile, { clock }), description: `SQLite ${jobsFile}` };
}

export async function openServerStores(config: Config, clock: Clock, onSchedulerError: (error: Error) => void): Promise<ServerStores> {
  const stores = await openStores(config);
  const keys = await openPersonalDataKeys(config);
  const jobs = openScheduler(config, clock, onSchedulerError);
  return {
    ...stores,
    personalDataKeys: keys.personalDataKeys,
    scheduler: jobs.scheduler,
    description: { ...stores.description, personalDataKeys: keys.description, jobs: jobs.description },
  };
}

export async function closeServerStores(stores: ServerStores): Promise<void> {
  await stores.scheduler.close();
  await stores.events.close();
  await stores.reads.close();
  await stores.personalDataKeys.close();
}
