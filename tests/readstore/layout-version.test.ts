import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedReadStore } from '../../src/readstore/embedded/embedded-read-store';

describe('a read-model file of an older layout', () => {
  it('is emptied on open, so the projections write it anew instead of failing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concierge-layout-'));
    const file = join(dir, 'read-models.db');
    const old = new Database(file);
    old.exec('CREATE TABLE _indexes (collection TEXT, name TEXT, spec TEXT); CREATE TABLE "doc:enterprises" (id TEXT PRIMARY KEY, doc TEXT)');
    old.close();
    const store = EmbeddedReadStore.open(file);
    try {
      expect(await store.listCollections()).toEqual([]);
      await store.collection('enterprises').createIndex({ keys: { name: 1 } });
      await store.collection('enterprises').bulkWrite([{ insertOne: { document: { _id: 'e', name: 'x' } } }]);
      expect(await store.collection('enterprises').findOne({ name: 'x' })).toEqual({ _id: 'e', name: 'x' });
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
