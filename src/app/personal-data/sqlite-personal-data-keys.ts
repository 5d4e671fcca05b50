import Database from 'better-sqlite3';
import { newPersonalDataKey, PersonalDataErasedError, type PersonalDataKeys } from './personal-data-keys';

const SCHEMA = 'CREATE TABLE IF NOT EXISTS personal_keys (person_id TEXT PRIMARY KEY, key BLOB) STRICT';

/**
 * Keys in a small SQLite file of their own, apart from the event log; a NULL key marks an erased
 * person. An erased key must leave no copy behind in the file: secure_delete overwrites the
 * freed bytes, and a rollback journal (not a write-ahead log, which would keep the old page until
 * a checkpoint) is deleted at each commit. synchronous=FULL: a key that sealed data is on disk.
 */
export class SqlitePersonalDataKeys implements PersonalDataKeys {
  private readonly insertIfMissing;
  private readonly select;
  private readonly eraseKey;

  private constructor(private readonly db: Database.Database) {
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 10000');
    db.exec(SCHEMA);
    this.insertIfMissing = db.prepare<[string, Buffer]>('INSERT INTO personal_keys (person_id, key) VALUES (?, ?) ON CONFLICT (person_id) DO NOTHING');
    this.select = db.prepare<[string], { key: Buffer | null }>('SELECT key FROM personal_keys WHERE person_id = ?');
    this.eraseKey = db.prepare<[string]>('INSERT INTO personal_keys (person_id, key) VALUES (?, NULL) ON CONFLICT (person_id) DO UPDATE SET key = NULL');
  }

  static open(file: string): SqlitePersonalDataKeys {
    return new SqlitePersonalDataKeys(new Database(file));
  }

  async getOrCreate(personId: string): Promise<Buffer> {
    this.insertIfMissing.run(personId, newPersonalDataKey());
    const key = this.select.get(personId)!.key;
    if (key === null) throw new PersonalDataErasedError(personId);
    return key;
  }

  async find(personId: string): Promise<Buffer | undefined> {
    return this.select.get(personId)?.key ?? undefined;
  }

  async erase(personId: string): Promise<void> {
    this.eraseKey.run(personId);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
