import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** BENCH_SCALE=0.1 runs every size at a tenth for a quick look; the default (1) is the full suite. */
export const SCALE = (() => {
  const raw = process.env['BENCH_SCALE'];
  const value = raw === undefined || raw === '' ? 1 : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`BENCH_SCALE must be a number above 0 (got ${JSON.stringify(raw)})`);
  return value;
})();

/** A full-size count scaled by BENCH_SCALE, never below `min`. */
export const scaled = (full: number, min = 1): number => Math.max(min, Math.round(full * SCALE));

/** A fresh directory under the OS temp dir; `remove` deletes it and everything in it. */
export function tempDir(label: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `concierge-bench-${label}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Runs `work` and returns its result with the wall time in seconds. */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ result: T; seconds: number }> {
  const started = performance.now();
  const result = await work();
  return { result, seconds: (performance.now() - started) / 1000 };
}

/** One line of progress on stderr, so the table on stdout stays clean. */
export const log = (message: string): void => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
};
