import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../src/app/config';
import { startServer, type RunningServer } from '../../../src/app/main';
import { runSeedCommand } from '../../../src/cli/seed/seed-command';

export interface SeededServer {
  url: string;
  server: RunningServer;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * The real server on a fresh data directory seeded with a few dozen firms, signing its own
 * tokens (no AUTH_SECRET), so the console's demo sign-in is on. Ready once every projection is live.
 */
export async function startSeededServer(firms = 40): Promise<SeededServer> {
  const dir = mkdtempSync(join(tmpdir(), 'concierge-e2e-'));
  const config = loadConfig({ DATA_DIR: dir, PORT: String(await freePort()), LOG_LEVEL: 'silent' });
  const exit = await runSeedCommand(config, ['--firms', String(firms)], () => undefined);
  if (exit !== 0) throw new Error(`seeding ${dir} failed`);
  const server = await startServer(config);
  const url = `http://127.0.0.1:${config.PORT}`;
  for (let ready = false; !ready; ) {
    ready = (await fetch(`${url}/readyz`)).ok;
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    server,
    close: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
