import { randomUUID } from 'node:crypto';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { closeServerStores, openServerStores } from '../src/app/adapters';
import { resolveSigningKey } from '../src/app/auth-secret';
import { ManualClock } from '../src/app/clock';
import { loadConfig } from '../src/app/config';
import { buildContainer, resolveApplication } from '../src/app/container';
import { rebuildProjections } from '../src/projections/rebuild';
import { projections } from '../src/projections/registry';
import { WORKER_CONCURRENCY } from '../src/jobs/reminders';
import { REMINDERS } from '../src/projections/reminder-inbox';
import { deletePrefix } from '../tests/support/redis-prefix';
import { log, scaled, tempDir, timed } from './env';
import { OVERDUE_AT, overdueLoans, TERM_MONTHS } from './overdue-loans';
import { rawBullmqRate, redisAnswers } from './raw-bullmq';
import { RawDurableInsert } from './raw-durable-insert';
import { realisticRows } from './baseline.bench';
import type { Section } from './report';

const LOANS = Math.ceil(scaled(100_000, 1_200) / TERM_MONTHS);
const COUNT = LOANS * TERM_MONTHS;
const CHUNK = 1_000;
/** The baseline's worker runs as many jobs at a time as the app's. */
const CONCURRENCY = WORKER_CONCURRENCY;
const POLL_MS = 50;
const REDIS_URL = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Seconds from the reminders' start until each stage had all of them. */
interface Delivery {
  /** Every reminder's job is in the scheduler, in any state (the daily sweep's next run is counted too). */
  scheduled: number;
  /** Every ReminderSent is in the log: each job appends exactly one, no notifier being configured. */
  recorded: number;
  /** The inbox projection has applied the last of them. */
  inbox: number;
}

/** Polls `reached` every POLL_MS until it is true. */
async function until(reached: () => Promise<boolean>): Promise<void> {
  while (!(await reached())) await sleep(POLL_MS);
}

/** The app on `dataDir`'s files, as the server wires it; `env` picks the scheduler. */
async function openApp(dataDir: string, env: NodeJS.ProcessEnv) {
  const clock = new ManualClock(OVERDUE_AT);
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', AUTH_SECRET: 'bench-secret-that-is-at-least-32-characters', ...env });
  const stores = await openServerStores(config, clock, (error) => log(`reminders: scheduler error: ${error.message}`));
  const app = resolveApplication(buildContainer(config, stores, pino({ level: 'silent' }), clock, resolveSigningKey(config)));
  return { app, clock, close: () => closeServerStores(stores) };
}

/** The log of the causes and its read models, made once through the app services and copied for each run. */
async function prepare(dataDir: string): Promise<void> {
  const { app, clock, close } = await openApp(dataDir, {});
  try {
    await overdueLoans(app, clock, LOANS);
    await rebuildProjections(app.events, app.reads, projections);
  } finally {
    await close();
  }
}

/** Starts the reminders (reactor, scheduler and worker) on the prepared log and waits for COUNT documents in the inbox: the scheduler's and the log's counts are polled, the inbox's only checked at the end, since counting documents scans them. */
async function deliverAll(dataDir: string, env: NodeJS.ProcessEnv): Promise<Delivery> {
  const { app, close } = await openApp(dataDir, env);
  try {
    await app.projections.start();
    await app.projections.caughtUpWith(undefined);
    const before = (await app.events.headPosition()) ?? 0;
    const started = performance.now();
    const since = (): number => (performance.now() - started) / 1000;
    await app.reminders.start();
    const { scheduler } = app.reminders;
    await until(async () => Object.values(await scheduler.counts()).reduce((a, b) => a + b) >= COUNT);
    const scheduled = since();
    let head = before;
    await until(async () => (head = (await app.events.headPosition()) ?? before) - before >= COUNT);
    const recorded = since();
    await app.projections.caughtUpWith(head);
    const inbox = since();
    const documents = await app.reads.collection(REMINDERS).count();
    if (documents !== COUNT) throw new Error(`The inbox holds ${documents} reminders, not ${COUNT}`);
    return { scheduled, recorded, inbox };
  } finally {
    await app.reminders.stop();
    await app.projections.stop();
    await close();
  }
}

/** Copies the prepared files into a fresh directory and delivers every reminder there. */
async function run(prepared: string, label: string, env: NodeJS.ProcessEnv): Promise<Delivery> {
  const dir = tempDir(`reminders-${label}`);
  try {
    cpSync(prepared, dir.path, { recursive: true });
    log(`reminders: delivering ${fmt(COUNT)} reminders through the ${label} scheduler`);
    return await deliverAll(dir.path, env);
  } finally {
    dir.remove();
  }
}

const stages = (d: Delivery): string =>
  `every job in the scheduler at ${d.scheduled.toFixed(1)} s, every ReminderSent in the log at ${d.recorded.toFixed(1)} s, the inbox projection caught up at ${d.inbox.toFixed(1)} s (polled every ${POLL_MS} ms)`;

const causesNote = (setupSeconds: number): string =>
  `reminder causes: ${fmt(LOANS)} firms each with a guaranteed loan of ${TERM_MONTHS} monthly instalments, registered, applied for, approved and disbursed through the app services (EnterpriseRegistration, Loans) on a fresh SQLite event store, every instalment then marked overdue (MarkInstalmentOverdue as the overdue sweep sends it, loans 64 at a time), and the read models built by rebuildProjections; ManualClock at ${OVERDUE_AT}, past every due date, so each loan has ${TERM_MONTHS} overdue notices due now (sendAt null, never stale) and its early warnings are stale: ${fmt(COUNT)} reminders. Set up once in ${setupSeconds.toFixed(1)} s, not timed, and copied for each run`;

const PATH_NOTE = `reminders: the app as the server wires it (buildContainer on openServerStores, no notifier configured, so the inbox only), timed from Reminders.start() (daily sweep declared, worker at concurrency ${WORKER_CONCURRENCY}, reactor started on the log holding the causes: the reactor is measured) until the inbox projection has applied the ${fmt(COUNT)}th ReminderSent, with the ProjectionRunner of every projection in the registry (${projections.length}) caught up beforehand and running throughout; the reminders collection is then checked to hold ${fmt(COUNT)} documents. Each job: ReminderSender via jobRunner (re-reads the loan and the firm — worked out again only when their streams grew — and appends ReminderSent to reminder-{key} expecting no stream)`;

/** Raw BullMQ once more, each job durably inserting one event row through RawDurableInsert. */
async function durableFloorRate(prefix: string): Promise<number> {
  const rows = realisticRows(COUNT);
  const dir = tempDir('reminders-floor');
  const inserts = await RawDurableInsert.open(join(dir.path, 'floor.db'), rows);
  try {
    log(`reminders: raw BullMQ, ${fmt(COUNT)} jobs each inserting one event row durably`);
    return await rawBullmqRate(REDIS_URL, `${prefix}-floor`, COUNT, CHUNK, CONCURRENCY, inserts.insertNext);
  } finally {
    inserts.close();
    dir.remove();
  }
}

/** The raw BullMQ baseline and the same reminders through the BullMQ scheduler, each under its own prefix. */
async function bullmqMeasures(prepared: string, prefix: string): Promise<Section> {
  log(`reminders: raw BullMQ, ${fmt(COUNT)} empty jobs`);
  const raw = await rawBullmqRate(REDIS_URL, `${prefix}-raw`, COUNT, CHUNK, CONCURRENCY);
  const floor = await durableFloorRate(prefix);
  const bullmq = await run(prepared, 'BullMQ', { REDIS_URL, REDIS_PREFIX: `${prefix}-app` });
  return {
    rows: [
      { measure: `raw BullMQ add + process, ${fmt(COUNT)} empty jobs (baseline)`, value: raw, unit: 'jobs/s' },
      { measure: `  the same, each job inserting one event row durably (vs raw)`, value: floor, unit: 'jobs/s', baseline: raw },
      { measure: `reminders to the inbox, ${fmt(COUNT)}, BullMQ (vs raw)`, value: COUNT / bullmq.inbox, unit: 'reminders/s', baseline: raw, target: { on: 'ratio', kind: 'atLeast', limit: 0.5 } },
    ],
    notes: [
      `reminders baseline: one BullMQ Queue adding ${fmt(COUNT)} empty jobs with addBulk in chunks of ${fmt(CHUNK)} and one Worker with a no-op processor at concurrency ${CONCURRENCY} (as the app's worker), prefix ${prefix}-raw on ${REDIS_URL}, removeOnComplete true (the app keeps completed jobs for 7 days), first add to last completion`,
      `reminders floor (prefix ${prefix}-floor): the raw baseline again, each job inserting one realistic event row with raw better-sqlite3 (WAL, synchronous=FULL, the schema the event store creates), the inserts of the jobs in flight committed together, with no read, no revision check, no hash chain and no projection: what recording each reminder durably costs at the least, whatever the code around it`,
      `reminders, BullMQ (prefix ${prefix}-app): ${stages(bullmq)}`,
    ],
  };
}

/** Issue 7: reminders scheduled and delivered to the inbox, beside raw BullMQ add-and-process of as many empty jobs. */
export async function remindersSection(): Promise<Section> {
  const redis = await redisAnswers(REDIS_URL);
  if (!redis) log(`reminders: no Redis answers at ${REDIS_URL}; the BullMQ measures are skipped`);
  const prepared = tempDir('reminders-causes');
  const prefix = `concierge-bench-${randomUUID().slice(0, 8)}`;
  try {
    log(`reminders: ${fmt(LOANS)} overdue loans of ${TERM_MONTHS} instalments through the app services`);
    const setup = await timed(() => prepare(prepared.path));
    const skipped = { rows: [], notes: [`reminders: no Redis answered at ${REDIS_URL}, so neither the raw BullMQ baseline nor the BullMQ scheduler was measured`] };
    const { rows, notes } = redis ? await bullmqMeasures(prepared.path, prefix) : skipped;
    const local = await run(prepared.path, 'local', {});
    const raw = rows[0]?.value;
    return {
      rows: [...rows, { measure: `reminders to the inbox, ${fmt(COUNT)}, local scheduler${raw ? ' (vs raw BullMQ)' : ''}`, value: COUNT / local.inbox, unit: 'reminders/s', baseline: raw }],
      notes: [causesNote(setup.seconds), PATH_NOTE, ...notes, `reminders, local scheduler (jobs.db, SQLite): the same path with LocalScheduler: ${stages(local)}`],
    };
  } finally {
    prepared.remove();
    if (redis) await Promise.all(['raw', 'floor', 'app'].map((run) => deletePrefix(REDIS_URL, `${prefix}-${run}`)));
  }
}
