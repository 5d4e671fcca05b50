import Database from 'better-sqlite3';
import { openRaw } from './baseline.bench';
import { INSERT_SQL, type EventRowValues } from './loaders';

/**
 * The least a job that records something durably can cost: one realistic event row inserted with
 * raw better-sqlite3 (WAL, synchronous=FULL), the inserts of the jobs in flight group-committed in
 * one transaction, as the event store does, but with no revision check, no hash chain and no read.
 */
export class RawDurableInsert {
  private readonly commit: Database.Transaction<(rows: readonly EventRowValues[]) => void>;
  private pending: { row: EventRowValues; done: () => void }[] = [];
  private next = 0;

  private constructor(
    private readonly db: Database.Database,
    private readonly rows: readonly EventRowValues[],
  ) {
    const insert = db.prepare(INSERT_SQL);
    this.commit = db.transaction((batch: readonly EventRowValues[]) => {
      for (const row of batch) insert.run(...row);
    });
  }

  static async open(file: string, rows: readonly EventRowValues[]): Promise<RawDurableInsert> {
    return new RawDurableInsert(await openRaw(file), rows);
  }

  /** Inserts the next row; resolves once the transaction holding it has committed. */
  readonly insertNext = (): Promise<void> =>
    new Promise((done) => {
      const row = this.rows[this.next++];
      if (!row) throw new Error(`RawDurableInsert was given ${this.rows.length} rows and asked for more`);
      if (this.pending.length === 0) setImmediate(() => this.flush());
      this.pending.push({ row, done });
    });

  close(): void {
    this.db.close();
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    this.commit.immediate(batch.map((p) => p.row));
    for (const { done } of batch) done();
  }
}
