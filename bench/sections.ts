import { join } from 'node:path';
import { SqliteEventStore } from '../src/eventstore/sqlite/sqlite-event-store';
import { projections } from '../src/projections/registry';
import { unionFilter } from '../src/projections/union-filter';
import { rawBatchedInsertRate, rawScanRate, rawSingleInsertRate, realisticRows } from './baseline.bench';
import { log, scaled, tempDir, timed } from './env';
import { concurrentWritersRate, inRounds, oneWriterRate, readAllRate, writersWork } from './eventstore.bench';
import { enterpriseEvents, tallied } from './fixtures';
import { appendThroughStore, bulkInsertSealed, sealedRows } from './loaders';
import { catchUpSeconds, readOnlyReplaySeconds, rebuildSeconds } from './projection.bench';
import type { Section } from './report';
import { startToReadyMs } from './startup.bench';

const WRITERS = 64;
const PER_WRITER = scaled(500, 10);

export const SIZES = {
  singleTransactions: scaled(5_000, 50),
  /** As many rows as the 64 writers append, into a table as large: random-key index inserts slow down as it grows. */
  batchedRows: WRITERS * PER_WRITER,
  batch: 500,
  writers: WRITERS,
  perWriter: PER_WRITER,
  catchUpEvents: scaled(100_000, 1_000),
  readPage: 1_000,
  rebuildEvents: scaled(1_000_000, 5_000),
  startupRuns: 3,
};

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Measures 1 and 2: raw better-sqlite3 inserts, then SqliteEventStore appends against them. */
export async function appendSection(): Promise<Section> {
  const dir = tempDir('append');
  try {
    const single = realisticRows(SIZES.singleTransactions);
    const batched = realisticRows(SIZES.batchedRows);
    const work = writersWork(SIZES.writers, SIZES.perWriter);
    const writersRows = [...sealedRows(inRounds(work))];
    log(`raw inserts: ${fmt(single.length)} single-row transactions, ${fmt(batched.length)} rows in ${SIZES.batch}-row transactions, the writers' ${fmt(writersRows.length)} rows`);
    const rawSingle = await rawSingleInsertRate(dir.path, single);
    const rawBatched = await rawBatchedInsertRate(join(dir.path, 'raw-batched.db'), batched, SIZES.batch);
    const rawWriters = await rawBatchedInsertRate(join(dir.path, 'raw-writers.db'), writersRows, SIZES.writers);
    log(`SqliteEventStore: 1 writer × ${fmt(SIZES.singleTransactions)}, ${SIZES.writers} writers × ${fmt(SIZES.perWriter)}`);
    const one = await oneWriterRate(dir.path, [...enterpriseEvents(SIZES.singleTransactions, 3)]);
    const many = await concurrentWritersRate(dir.path, work);
    return {
      rows: [
        { measure: 'raw insert, 1 row/txn (baseline a)', value: rawSingle, unit: 'rows/s' },
        { measure: `raw insert, ${SIZES.batch} rows/txn (baseline b)`, value: rawBatched, unit: 'rows/s' },
        { measure: `raw insert, the writers' rows, ${SIZES.writers}/txn (baseline c)`, value: rawWriters, unit: 'rows/s' },
        { measure: 'append, 1 writer (vs a)', value: one, unit: 'ev/s', baseline: rawSingle },
        { measure: `append, ${SIZES.writers} writers (vs b)`, value: many, unit: 'ev/s', baseline: rawBatched },
        { measure: `append, ${SIZES.writers} writers (vs c)`, value: many, unit: 'ev/s', baseline: rawWriters, target: { on: 'ratio', kind: 'atLeast', limit: 0.5 } },
      ],
      notes: [
        'baselines a, b and c: raw better-sqlite3, the schema SqliteEventStore creates, WAL + synchronous=FULL, BEGIN IMMEDIATE, realistic sealed enterprise-event rows',
        `baseline b: ${fmt(batched.length)} rows of firms' lives in log order (each stream's events close together), ${SIZES.batch} per transaction`,
        `baseline c: exactly the rows the ${SIZES.writers} writers append, sealed, in the order group commit stores them (one from each writer in turn), ${SIZES.writers} per transaction: the most one group commit can hold when each writer awaits its append. Rows of ${SIZES.writers} streams per transaction touch ${SIZES.writers} places in each index, which is why c is below b`,
        `append, 1 writer: ${fmt(SIZES.singleTransactions)} appends awaited one by one, 1 event each, expectedRevision no_stream or exact`,
        `append, ${SIZES.writers} writers: ${SIZES.writers} async loops × ${fmt(SIZES.perWriter)} appends of 1 event to their own stream, exact expected revisions`,
      ],
    };
  } finally {
    dir.remove();
  }
}

/** Measures 3 and 4: readAll against a raw scan, and ProjectionRunner catch-up, on one realistic log. */
export async function catchUpSection(): Promise<Section> {
  const dir = tempDir('catchup');
  try {
    const eventsFile = join(dir.path, 'events.db');
    log(`writing ${fmt(SIZES.catchUpEvents)} enterprise events through SqliteEventStore (2,000 appends in flight)`);
    const store = SqliteEventStore.open(eventsFile);
    const types = new Map<string, number>();
    const load = await timed(() => appendThroughStore(store, tallied(enterpriseEvents(SIZES.catchUpEvents), types), 2_000));
    await store.close();
    log('readAll and raw scan');
    const rawScan = await rawScanRate(eventsFile);
    const all = await readAllRate(eventsFile, SIZES.readPage);
    const filtered = await readAllRate(eventsFile, SIZES.readPage, projections[0]!.filter);
    log(`projection catch-up of ${projections.map((p) => p.name).join(' + ')} from position 0`);
    const events = SqliteEventStore.open(eventsFile);
    const replay = await readOnlyReplaySeconds(events, 5_000, [unionFilter(projections.map((p) => p.filter))]);
    await events.close();
    const catchUp = await catchUpSeconds(eventsFile, join(dir.path, 'read-models.db'));
    const n = SIZES.catchUpEvents;
    return {
      rows: [
        { measure: `readAll, pages of ${SIZES.readPage} (vs raw scan)`, value: all.rate, unit: 'ev/s', baseline: rawScan },
        { measure: 'readAll, enterprise- filter (vs raw scan)', value: filtered.rate, unit: 'ev/s', baseline: rawScan },
        { measure: `catch-up, ${fmt(n)} events (vs read-only)`, value: n / catchUp, unit: 'ev/s', baseline: n / replay, target: { on: 'value', kind: 'atLeast', limit: 20_000 } },
      ],
      notes: [
        `log for 3 and 4: ${fmt(n)} events of ${fmt(types.get('EnterpriseRegistered') ?? 0)} firms (${[...types].map(([t, c]) => `${t} ${fmt(c)}`).join(', ')}) appended through SqliteEventStore, 2,000 appends in flight, at ${fmt(load.result / load.seconds)} ev/s`,
        'raw scan: SELECT * FROM events ORDER BY position, iterated without parsing; readAll rates count log events scanned per second',
        `readAll with the projections' filter (streamPrefixes enterprise-) returned ${fmt(filtered.read)} of ${fmt(n)} events`,
        `catch-up: ProjectionRunner (${projections.map((p) => p.name).join(', ')}) into a fresh EmbeddedReadStore file, start() to caughtUpWith(head): ${catchUp.toFixed(1)} s; rate = log events / s`,
        `catch-up baseline: the runner's reads alone (one readAll pass with the union of the projections' filters, pages of 5,000, no writes): ${replay.toFixed(1)} s`,
      ],
    };
  } finally {
    dir.remove();
  }
}

/** Measure 5: rebuildProjections of every projection over a large log kept in `dataDir` for measure 6. */
export async function rebuildSection(dataDir: string): Promise<Section> {
  const n = SIZES.rebuildEvents;
  log(`bulk-inserting ${fmt(n)} sealed enterprise events`);
  const types = new Map<string, number>();
  const load = await timed(() => bulkInsertSealed(join(dataDir, 'events.db'), tallied(enterpriseEvents(n, 99), types), (c) => c % 200_000 === 0 && log(`  ${fmt(c)} inserted`)));
  const events = SqliteEventStore.open(join(dataDir, 'events.db'));
  const replay = await readOnlyReplaySeconds(events, 5_000, [unionFilter(projections.map((p) => p.filter))]);
  await events.close();
  log(`rebuilding ${projections.map((p) => p.name).join(' + ')} over ${fmt(n)} events`);
  const total = await rebuildSeconds(dataDir);
  return {
    rows: [{ measure: `rebuild all, ${fmt(n)} events (vs read-only)`, value: total, unit: 's', baseline: replay, target: { on: 'value', kind: 'below', limit: 90 } }],
    notes: [
      `log for 5 and 6: ${fmt(n)} events of ${fmt(types.get('EnterpriseRegistered') ?? 0)} firms, bulk-inserted by bench/loaders.ts bulkInsertSealed (sealEvents from src/eventstore/hash-chain.ts, so hashes are valid; the store's INSERT; not through appendToStream) in ${load.seconds.toFixed(1)} s`,
      `rebuild: rebuildProjections of ${projections.map((p) => p.name).join(', ')} in one pass over the log, as concierge rebuild runs it`,
      `rebuild baseline: the rebuild's reads alone (one readAll pass with the union of the projections' filters, pages of 5,000), no writes`,
    ],
  };
}

/** Measure 6: `node dist/cli/main.js serve` from spawn to a 200 from /readyz, on `dataDir` and on an empty dir. */
export async function startupSection(dataDir: string, build: string): Promise<Section> {
  const empty: number[] = [];
  const full: number[] = [];
  for (let run = 0; run < SIZES.startupRuns; run += 1) {
    const fresh = tempDir('empty');
    try {
      empty.push(await startToReadyMs(fresh.path));
    } finally {
      fresh.remove();
    }
    full.push(await startToReadyMs(dataDir));
  }
  return {
    rows: [{ measure: `start-up to ready, ${fmt(SIZES.rebuildEvents)} events (vs empty)`, value: median(full), unit: 'ms', baseline: median(empty), target: { on: 'value', kind: 'below', limit: 5_000 } }],
    notes: [
      `start-up: spawn of node dist/cli/main.js serve to the first 200 from GET /readyz, median of ${SIZES.startupRuns} (with data: ${full.map(fmt).join(', ')} ms; empty: ${empty.map(fmt).join(', ')} ms); ${build}`,
      'start-up data: the log and read models of measure 5, projections caught up by the rebuild; baseline: a fresh empty DATA_DIR each run',
    ],
  };
}
