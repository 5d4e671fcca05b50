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

  it('of layout 2, documents in WITHOUT ROWID tables, is emptied and its documents kept in rowid tables from then on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concierge-layout-'));
    const file = join(dir, 'read-models.db');
    const old = new Database(file);
    old.exec(`CREATE TABLE _indexes (collection TEXT, name TEXT, spec TEXT); CREATE TABLE "doc:enterprises" (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID;
      INSERT INTO "doc:enterprises" VALUES ('e', '{"_id":"e"}'); PRAGMA user_version = 2`);
    old.close();
    const store = EmbeddedReadStore.open(file);
    try {
      expect(await store.collection('enterprises').count({})).toBe(0);
      await store.collection('enterprises').bulkWrite([{ insertOne: { document: { _id: 'f', name: 'y' } } }]);
    } finally {
      await store.close();
    }
    const reopened = new Database(file, { readonly: true });
    try {
      const sql = reopened.prepare<[], { sql: string }>(`SELECT sql FROM sqlite_master WHERE name = 'doc:enterprises'`).get()!.sql;
      expect(sql).not.toMatch(/WITHOUT ROWID/);
      expect(reopened.pragma('page_size', { simple: true })).toBe(4096); // a file keeps the page size it was made with
    } finally {
      reopened.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('made new has 16 KiB pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concierge-layout-'));
    const file = join(dir, 'read-models.db');
    await EmbeddedReadStore.open(file).close();
    const made = new Database(file, { readonly: true });
    try {
      expect(made.pragma('page_size', { simple: true })).toBe(16384);
    } finally {
      made.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
