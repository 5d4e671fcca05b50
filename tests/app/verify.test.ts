import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { verifyChains } from '../../src/app/verify';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { enterpriseStream } from '../../src/domain/enterprise/enterprise';
import { coreOn, manager } from '../support/test-app';
import { registration } from '../support/registration';

const CLI = join(__dirname, '../../src/cli/main.ts');

describe('verifying the hash chains', () => {
  let dir: string;
  let file: string;
  let tamperedId: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'concierge-verify-'));
    file = join(dir, 'events.db');
    const store = SqliteEventStore.open(file);
    const core = coreOn(store);
    for (let serial = 1; serial <= 20; serial += 1) {
      await core.registration.register(registration(serial, serial === 13 ? { legalRepresentative: 'TAMPERME' } : {}), manager);
    }
    tamperedId = (await store.readAll({ filter: { eventTypes: ['EnterpriseRegistered'] } })).events.find((e) => e.data['legalRepresentative'] === 'TAMPERME')!.id;
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds every chain intact in an untouched store', async () => {
    const store = SqliteEventStore.open(file);
    const report = await verifyChains(store);
    await store.close();
    expect(report).toEqual({ eventsChecked: 40, streamsChecked: 40, broken: [] });
  });

  it('names the event under a byte changed in the SQLite file', async () => {
    const bytes = readFileSync(file);
    const at = bytes.indexOf('TAMPERME');
    expect(at).toBeGreaterThan(0);
    bytes[at] = 'X'.charCodeAt(0);
    writeFileSync(file, bytes);

    const store = SqliteEventStore.open(file);
    const report = await verifyChains(store);
    const [registered] = await store.readAll({ filter: { eventTypes: ['EnterpriseRegistered'] } }).then((p) => p.events.filter((e) => e.id === tamperedId));
    await store.close();
    expect(report.broken).toEqual([expect.objectContaining({ eventId: tamperedId, stream: registered!.streamName, revision: 0, problem: 'hash-mismatch' })]);
    expect(registered!.streamName).toBe(enterpriseStream(registered!.data['enterpriseId'] as string));

    const cli = await promisify(execFile)(process.execPath, ['--import', 'tsx', CLI, 'verify'], { env: { ...process.env, DATA_DIR: dir } }).catch(
      (error: { code: number; stdout: string }) => error,
    );
    expect(cli).toMatchObject({ code: 1, stdout: expect.stringContaining(`BROKEN ${registered!.streamName} at revision 0`) });
    expect((cli as { stdout: string }).stdout).toContain(tamperedId);
  });
});
