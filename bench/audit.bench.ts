import Database from 'better-sqlite3';
import { join } from 'node:path';
import { SqliteEventStore } from '../src/eventstore/sqlite/sqlite-event-store';
import { ANOMALIES, DISBURSEMENTS } from '../src/projections/audit/audit-collections';
import { rebuildProjections } from '../src/projections/rebuild';
import { projections } from '../src/projections/registry';
import { EmbeddedReadStore } from '../src/readstore/embedded/embedded-read-store';
import { auditEvents, type AuditFixtureTally } from './audit-fixtures';
import { log, scaled, tempDir, timed } from './env';
import { SECRET, startProcess, stop, token, waitReady } from './http.bench';
import { bulkInsertSealed } from './loaders';
import type { Section } from './report';
import { ensureBuilt, freePort } from './startup.bench';

const PAYMENTS = scaled(100_000, 2_000);
const REQUESTS = 200;
const WARM_UP = 10;

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

interface Latency {
  p50: number;
  p99: number;
}

function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { p50: at(0.5), p99: at(0.99) };
}

/** Milliseconds of `REQUESTS` calls made one after another, after a few unmeasured ones. */
async function timeEach(call: () => Promise<unknown> | unknown): Promise<Latency> {
  for (let i = 0; i < WARM_UP; i += 1) await call();
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  return latency(samples);
}

async function getJson(url: string, authorization: string): Promise<unknown> {
  const res = await fetch(url, { headers: { authorization } });
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/** Issue 4: the programme audit summary and the anomalies list over a ledger of `PAYMENTS` disbursements. */
export async function auditSection(): Promise<Section> {
  const data = tempDir('audit');
  try {
    const tally: AuditFixtureTally = { firms: 0, applications: 0, payments: 0, clawbacks: 0, events: 0, programmeIds: [] };
    log(`audit: bulk-inserting the events of ${fmt(PAYMENTS)} disbursements`);
    const load = await timed(() => bulkInsertSealed(join(data.path, 'events.db'), auditEvents(PAYMENTS, tally)));
    log(`audit: rebuilding ${projections.map((p) => p.name).join(' + ')} over ${fmt(tally.events)} events`);
    const events = SqliteEventStore.open(join(data.path, 'events.db'));
    const reads = EmbeddedReadStore.open(join(data.path, 'read-models.db'));
    const rebuild = await timed(() => rebuildProjections(events, reads, projections));
    const entries = await reads.collection(DISBURSEMENTS).count();
    const anomalies = await reads.collection(ANOMALIES).count({ listed: true });
    const sizes = await Promise.all(tally.programmeIds.map(async (id) => ({ id, entries: await reads.collection(DISBURSEMENTS).count({ programmeId: id }) })));
    const largest = sizes.reduce((a, b) => (b.entries > a.entries ? b : a));
    const firmsOfLargest = await reads.collection('programme-firms').count({ programmeId: largest.id });
    await events.close();
    await reads.close();

    const raw = new Database(join(data.path, 'read-models.db'), { readonly: true });
    const count = raw.prepare(`SELECT COUNT(*) FROM "doc:${DISBURSEMENTS}"`).pluck();
    const baseline = await timeEach(() => count.get());
    raw.close();

    const built = ensureBuilt();
    const port = await freePort();
    const env = { DATA_DIR: data.path, PORT: String(port), AUTH_SECRET: SECRET, LOG_LEVEL: 'warn', EVENTSTORE_URL: '', MONGO_URL: '', REDIS_URL: '' };
    const server = startProcess([join('dist', 'cli', 'main.js'), 'serve'], env);
    try {
      await waitReady(port, server);
      const base = `http://127.0.0.1:${port}`;
      const manager = `Bearer ${token('m-1', 'manager')}`;
      log(`audit: ${REQUESTS} requests each, one at a time`);
      const summary = await timeEach(() => getJson(`${base}/api/audit/programmes/${largest.id}`, manager));
      const list = await timeEach(() => getJson(`${base}/api/audit/anomalies`, manager));
      const measures: [string, Latency][] = [
        [`audit: programme summary, ${fmt(largest.entries)} of ${fmt(entries)} ledger entries, p99 (vs raw COUNT)`, summary],
        [`audit: anomalies list, ${fmt(anomalies)} anomalies, p99 (vs raw COUNT)`, list],
      ];
      return {
        rows: measures.map(([measure, figures]) => ({
          measure: `${measure} (p50 ${figures.p50.toFixed(1)} ms)`,
          value: figures.p99,
          unit: 'ms',
          baseline: baseline.p99,
          target: { on: 'value', kind: 'below', limit: 200 },
        })),
        notes: [
          `audit data: ${fmt(tally.events)} events (${fmt(tally.firms)} firms, ${tally.programmeIds.length} programmes, ${fmt(tally.applications)} applications, ${fmt(tally.payments)} payments, ${fmt(tally.clawbacks)} clawbacks) bulk-inserted by bench/loaders.ts bulkInsertSealed in ${load.seconds.toFixed(1)} s, then projected by rebuildProjections of every projection (${projections.map((p) => p.name).join(', ')}) in ${rebuild.seconds.toFixed(1)} s: the ledger documents come from the projection path, not written directly`,
          `audit queries: GET /api/audit/programmes/{the largest programme, ${fmt(firmsOfLargest)} firms, first page of 50} and GET /api/audit/anomalies (first page of 50), ${REQUESTS} each one at a time after ${WARM_UP} unmeasured, against node dist/cli/main.js serve on the embedded adapters; ${built}`,
          `audit baseline: SELECT COUNT(*) over the disbursement ledger's table in read-models.db with better-sqlite3, in process: p50 ${baseline.p50.toFixed(2)} ms, p99 ${baseline.p99.toFixed(2)} ms`,
          ...measures.map(([measure, f]) => `${measure.split(',')[0]}: p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms`),
        ],
      };
    } finally {
      await stop(server);
    }
  } finally {
    data.remove();
  }
}
