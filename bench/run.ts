import { cpus } from 'node:os';
import { log, SCALE, tempDir } from './env';
import { renderNotes, renderTable, type Row, type Section } from './report';
import { appendSection, catchUpSection, rebuildSection, SIZES, startupSection } from './sections';
import { auditSection } from './audit.bench';
import { httpSection } from './http.bench';
import { remindersSection } from './reminders.bench';
import { ensureBuilt } from './startup.bench';

/** Runs every measure in turn, prints what it can even when one fails, and one table at the end. */
async function main(): Promise<number> {
  const started = performance.now();
  const rows: Row[] = [];
  const notes: string[] = [];
  const errors: string[] = [];
  const only = process.env['BENCH_ONLY']?.split(',');
  const attempt = async (name: string, section: () => Promise<Section>): Promise<boolean> => {
    if (only && !only.includes(name)) return true;
    try {
      const result = await section();
      rows.push(...result.rows);
      notes.push(...result.notes);
      return true;
    } catch (error) {
      errors.push(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      log(`${name} failed: ${String(error)}`);
      return false;
    }
  };

  log(`BENCH_SCALE=${SCALE}: ${JSON.stringify(SIZES)}`);
  // Built now, from the same sources this process has loaded, so the server reads the data files it writes.
  let build = 'dist not built';
  await attempt('build', async () => {
    build = ensureBuilt();
    return { rows: [], notes: [] };
  });
  await attempt('appends', appendSection);
  await attempt('catch-up', catchUpSection);
  await attempt('http', httpSection);
  await attempt('audit', auditSection);
  await attempt('reminders', remindersSection);
  const large = tempDir('large');
  try {
    if (await attempt('rebuild', () => rebuildSection(large.path))) await attempt('start-up', () => startupSection(large.path, build));
  } finally {
    large.remove();
  }

  const seconds = (performance.now() - started) / 1000;
  console.log(`\nConcierge benchmarks — BENCH_SCALE=${SCALE}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}\n`);
  console.log(renderTable(rows));
  console.log(`\n${renderNotes(notes)}`);
  if (errors.length) console.log(`\nFailed (not for slowness):\n${renderNotes(errors)}`);
  console.log(`\nWhole run: ${seconds.toFixed(0)} s`);
  return errors.length ? 1 : 0;
}

main().then((code) => process.exit(code));
