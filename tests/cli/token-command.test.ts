import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { jwtVerify } from 'jose';

const CLI = join(__dirname, '../../src/cli/main.ts');
const run = (args: string[], env: NodeJS.ProcessEnv) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, ...env } }).catch(
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

describe('concierge token', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'concierge-token-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a token signed with the secret generated into the data directory', async () => {
    const { stdout } = await run(['token', '--role', 'enterprise', '--sub', 'u-9', '--enterprise-id', 'e-9'], { DATA_DIR: dir, AUTH_SECRET: '' });
    const secret = new TextEncoder().encode(readFileSync(join(dir, 'auth-secret'), 'utf8').trim());
    const { payload } = await jwtVerify(stdout.trim(), secret);
    expect(payload).toMatchObject({ sub: 'u-9', role: 'enterprise', enterpriseId: 'e-9' });
  });

  it('refuses a role that does not exist, with usage and exit code 2', async () => {
    const result = await run(['token', '--role', 'boss', '--sub', 'x'], { DATA_DIR: dir });
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('--role must be one of') });
  });
});
