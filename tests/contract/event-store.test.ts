import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryEventStore } from '../../src/eventstore/memory/memory-event-store';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { EsdbEventStore } from '../../src/eventstore/esdb/esdb-event-store';
import { describeEventStoreContract } from './event-store.contract';

describeEventStoreContract('memory', async () => {
  const store = new MemoryEventStore();
  return { store, dispose: () => store.close() };
});

describeEventStoreContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'concierge-es-'));
  const store = SqliteEventStore.open(join(dir, 'events.db'));
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

const eventStoreUrl = process.env['EVENTSTORE_URL'];
if (eventStoreUrl) {
  describeEventStoreContract('esdb', async () => {
    const store = EsdbEventStore.connect(eventStoreUrl);
    return { store, dispose: () => store.close() };
  });
}
