import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { join, resolve } from 'node:path';
import { usccCheckCharacter } from '../src/domain/uscc';
import { log, scaled, tempDir } from './env';
import type { Row, Section } from './report';
import { ensureBuilt, freePort } from './startup.bench';

const ROOT = resolve(__dirname, '..');
export const SECRET = 'bench-secret-that-is-at-least-32-characters';
const CONNECTIONS = 50;
const SECONDS = scaled(10, 2);

/** HS256 with the bench's secret, so no signing library sits in the measured path. */
export function token(sub: string, role: string): string {
  const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sub, role, exp: Math.floor(Date.now() / 1000) + 3600 })}`;
  return `${unsigned}.${createHmac('sha256', SECRET).update(unsigned).digest('base64url')}`;
}

export async function waitReady(port: number, child: ChildProcess): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < 120_000) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if ((await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.status, () => 0)) === 200) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error('server not ready in 120 s');
}

/**
 * Once ready, a freshly seeded server still sends the reminders the seed left due (about 2,000
 * events in its first seconds): waits until its log has stood still for `quietMs`, so the load
 * measures the requests and not that backlog. Answers how long it waited.
 */
async function untilQuiet(base: string, quietMs = 1000): Promise<number> {
  const started = Date.now();
  const head = async (): Promise<unknown> => ((await (await fetch(`${base}/readyz`)).json()) as { eventStore: { detail?: { headPosition?: number } } }).eventStore.detail?.headPosition;
  let last = await head();
  let stillSince = Date.now();
  while (Date.now() - stillSince < quietMs && Date.now() - started < 60_000) {
    await new Promise((done) => setTimeout(done, 100));
    const now = await head();
    if (now !== last) [last, stillSince] = [now, Date.now()];
  }
  return Date.now() - started;
}

export function startProcess(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  await exited;
}

interface Load {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
}

async function load(options: autocannon.Options): Promise<Load> {
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx };
}

/** Registration bodies, each with a fresh valid credit code. */
function registrations(): () => string {
  let serial = 0;
  return () => {
    serial += 1;
    const body = `9143070${String(serial).padStart(10, '0')}`;
    return JSON.stringify({
      name: `常德压测${serial}号科技有限公司`,
      creditCode: body + usccCheckCharacter(body),
      legalRepresentative: '李明',
      industry: 'I65',
      township: '穿紫河街道',
      registeredCapitalFen: 100_000_000,
      channel: 'online',
    });
  };
}

/** Issue 3: the real app on the embedded adapters under autocannon, beside an empty express route. */
export async function httpSection(): Promise<Section> {
  log(`HTTP: ${CONNECTIONS} connections, ${SECONDS} s per measure`);
  const built = ensureBuilt();
  const baselinePort = await freePort();
  const baseline = startProcess(['-e', `require('express')().get('/', (_q, r) => r.json({ ok: true })).listen(${baselinePort})`], {});
  let empty: Load;
  try {
    await new Promise((done) => setTimeout(done, 500));
    empty = await load({ url: `http://127.0.0.1:${baselinePort}/` });
  } finally {
    await stop(baseline);
  }

  const data = tempDir('http');
  const port = await freePort();
  const env = { DATA_DIR: data.path, PORT: String(port), AUTH_SECRET: SECRET, LOG_LEVEL: 'info', EVENTSTORE_URL: '', MONGO_URL: '', REDIS_URL: '' };
  const seed = startProcess([join('dist', 'cli', 'main.js'), 'seed', '--firms', String(scaled(2000, 200))], env);
  await new Promise<void>((done) => seed.once('exit', () => done()));
  const server = startProcess([join('dist', 'cli', 'main.js'), 'serve'], env);
  try {
    await waitReady(port, server);
    const base = `http://127.0.0.1:${port}`;
    const settledMs = await untilQuiet(base);
    const manager = { authorization: `Bearer ${token('m-1', 'manager')}` };
    const firms = (await (await fetch(`${base}/api/enterprises?limit=1`, { headers: manager })).json()) as { items: { id: string }[] };
    const firmId = firms.items[0]!.id;
    const nextBody = registrations();
    const register = await load({
      url: `${base}/api/enterprises`,
      method: 'POST',
      headers: { authorization: `Bearer ${token('a-bench', 'agent')}`, 'content-type': 'application/json' },
      setupClient: (client) => client.setBody(nextBody()),
      requests: [{ setupRequest: (request) => ({ ...request, body: nextBody() }) }],
    });
    const profile = await load({ url: `${base}/api/enterprises/${firmId}`, headers: manager });
    const list = await load({ url: `${base}/api/enterprises?limit=50`, headers: manager });
    const rows: Row[] = [];
    const measures: [string, Load, number][] = [
      ['HTTP register a firm (vs empty route)', register, 0.4],
      ['HTTP read a profile (vs empty route)', profile, 0.6],
      ['HTTP list a page of 50 (vs empty route)', list, 0.6],
    ];
    for (const [measure, figures, ratio] of measures) {
      rows.push({ measure, value: figures.requestsPerSecond, unit: 'req/s', baseline: empty.requestsPerSecond, target: { on: 'ratio', kind: 'atLeast', limit: ratio } });
      rows.push({ measure: `  its p99 latency (p50 ${figures.p50} ms)`, value: figures.p99, unit: 'ms', target: { on: 'value', kind: 'below', limit: 25 } });
    }
    return {
      rows,
      notes: [
        `HTTP: autocannon, ${CONNECTIONS} connections, ${SECONDS} s each, against node dist/cli/main.js serve on the embedded adapters (SQLite events, embedded read store) seeded with ${scaled(2000, 200)} firms, logging at info to /dev/null, loaded once its log had stood still for 1 s (the seed's due reminders sent: ${(settledMs / 1000).toFixed(1)} s after ready); ${built}`,
        `HTTP baseline: an empty express route answering {"ok":true} in its own process: ${Math.round(empty.requestsPerSecond)} req/s, p50 ${empty.p50} ms, p99 ${empty.p99} ms`,
        ...measures.map(([measure, f]) => `${measure.split(' (')[0]}: p50 ${f.p50} ms, p99 ${f.p99} ms, non-2xx ${f.non2xx}`),
      ],
    };
  } finally {
    await stop(server);
    data.remove();
  }
}
