import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { log } from './env';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');

function newestMtime(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
  }));
}

/** Runs `npm run build` when dist/cli/main.js is missing or older than some file under src/; says which. */
export function ensureBuilt(): string {
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= newestMtime(join(ROOT, 'src'))) return 'dist was up to date';
  log('dist is missing or stale: npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) {
    if (!existsSync(CLI)) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
    return `npm run build reported errors (tsc emitted anyway): ${(build.stdout + build.stderr).split('\n').find((l) => l.includes('error')) ?? ''}`;
  }
  return 'dist rebuilt with npm run build';
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Milliseconds from spawning `node dist/cli/main.js serve` on `dataDir` to the first 200 from GET /readyz. */
export async function startToReadyMs(dataDir: string, timeoutMs = 120_000): Promise<number> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' };
  for (const name of ['EVENTSTORE_URL', 'MONGO_URL', 'REDIS_URL']) delete env[name];
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  try {
    while (performance.now() - started < timeoutMs) {
      if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}: ${stderr}`);
      const status = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.status, () => 0);
      if (status === 200) return performance.now() - started;
      await new Promise((done) => setTimeout(done, 10));
    }
    throw new Error(`not ready within ${timeoutMs} ms: ${stderr}`);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}
