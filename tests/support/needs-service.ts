import { spawnSync } from 'node:child_process';

const PROBE = `
const socket = require('node:net').connect({ host: process.argv[1], port: Number(process.argv[2]) });
socket.setTimeout(1000, () => process.exit(1));
socket.on('connect', () => process.exit(0));
socket.on('error', () => process.exit(1));`;

/** Whether something accepts TCP connections at the URL's host and port (checked at once, for describe). */
function reachable(url: string, defaultPort: number): boolean {
  const { hostname, port } = new URL(url);
  return spawnSync(process.execPath, ['-e', PROBE, hostname, port || String(defaultPort)]).status === 0;
}

/**
 * Describes a suite that needs an outside service. If the service is unreachable, the suite fails
 * on CI (CI=true), where a missing service is a broken build; elsewhere it is skipped, loudly.
 */
export function describeWithService(title: string, service: { url: string; defaultPort: number }, suite: () => void): void {
  if (reachable(service.url, service.defaultPort)) {
    describe(title, suite);
  } else if (process.env['CI'] === 'true') {
    describe(title, () => {
      it(`needs ${service.url}`, () => {
        throw new Error(`${title}: nothing answers at ${service.url}, and CI runs every suite`);
      });
    });
  } else {
    console.warn(`\n!!! ${title}: SKIPPED, nothing answers at ${service.url}. Start it, or CI=true fails this run. !!!\n`);
    describe.skip(title, suite);
  }
}

export const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
export const redis = { url: REDIS_URL, defaultPort: 6379 };
