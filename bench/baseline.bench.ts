import Database from 'better-sqlite3';
import { join } from 'node:path';
import { timed } from './env';
import { enterpriseEvents } from './fixtures';
import { createEventsFile, INSERT_SQL, sealedRows, type EventRowValues } from './loaders';

/** Raw better-sqlite3 on the store's schema with the store's durability: WAL and synchronous=FULL. */
export async function openRaw(file: string): Promise<Database.Database> {
  await createEventsFile(file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  return db;
}

/** Realistic rows (sealed enterprise events), made before any clock starts. */
export const realisticRows = (count: number): EventRowValues[] => [...sealedRows(enterpriseEvents(count, 7))];

/** Rows per second, one row per IMMEDIATE transaction, so one fsync each. */
export async function rawSingleInsertRate(dir: string, rows: readonly EventRowValues[]): Promise<number> {
  const db = await openRaw(join(dir, 'raw-single.db'));
  const insert = db.prepare(INSERT_SQL);
  const one = db.transaction((row: EventRowValues) => insert.run(...row));
  const { seconds } = await timed(() => {
    for (const row of rows) one.immediate(row);
  });
  db.close();
  return rows.length / seconds;
}

/** Rows per second, `batch` rows per IMMEDIATE transaction. */
export async function rawBatchedInsertRate(file: string, rows: readonly EventRowValues[], batch: number): Promise<number> {
  const db = await openRaw(file);
  const insert = db.prepare(INSERT_SQL);
  const many = db.transaction((slice: readonly EventRowValues[]) => {
    for (const row of slice) insert.run(...row);
  });
  const { seconds } = await timed(() => {
    for (let i = 0; i < rows.length; i += batch) many.immediate(rows.slice(i, i + batch));
  });
  db.close();
  return rows.length / seconds;
}

/** Rows per second of a plain `SELECT * FROM events ORDER BY position` iteration, no parsing. */
export async function rawScanRate(file: string): Promise<number> {
  const db = new Database(file, { readonly: true });
  const { result: count, seconds } = await timed(() => {
    let n = 0;
    for (const _row of db.prepare('SELECT * FROM events ORDER BY position').iterate()) n += 1;
    return n;
  });
  db.close();
  return count / seconds;
}
