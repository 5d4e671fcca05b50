import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { EmbeddedReadStore } from '../../src/readstore/embedded/embedded-read-store';
import { ENTERPRISES } from '../../src/projections/enterprises';
import { rebuildProjections } from '../../src/projections/rebuild';
import { projections } from '../../src/projections/registry';
import { TIMELINE } from '../../src/projections/timeline';
import { enterpriseDecider, enterpriseStream } from '../../src/domain/enterprise/enterprise';
import { coreOn, manager } from '../support/test-app';
import { registration } from '../support/registration';

const CHILD = join(__dirname, '../support/project-until-caught-up.ts');

/** Runs the projecting child; kills it with SIGKILL `killAfterMs` after it has started, unless it finishes first. */
function runChild(dataDir: string, killAfterMs?: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { env: { ...process.env, DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (killAfterMs !== undefined && output.includes('started')) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.on('error', reject);
    child.on('exit', () => resolve(output));
  });
}

async function appendFirms(dataDir: string, from: number, count: number): Promise<void> {
  const events = SqliteEventStore.open(join(dataDir, 'events.db'));
  const core = coreOn(events);
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const { enterpriseId } = await core.registration.register(registration(from + i), manager);
      const stream = enterpriseStream(enterpriseId);
      await core.commands.handle(enterpriseDecider, stream, { type: 'IssueLicence' }, manager);
      await core.commands.handle(enterpriseDecider, stream, { type: 'AssignConcierge', agentId: `a-${i % 12}` }, manager);
      await core.commands.handle(enterpriseDecider, stream, { type: 'IssueStarterKit', costFen: 30_000 + i }, manager);
    }),
  );
  await events.close();
  await core.reads.close();
}

describe('projecting through crashes', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'concierge-crash-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('ends, after 20 SIGKILLs at random points, with read models equal to a fresh rebuild', async () => {
    const kills: string[] = [];
    await appendFirms(dataDir, 1, 600);
    for (let round = 0; round < 20; round += 1) {
      await appendFirms(dataDir, 1000 + round * 50, 50);
      kills.push(await runChild(dataDir, Math.floor(Math.random() * 120)));
    }
    // Some kills must have landed mid-projection for the test to mean anything.
    expect(kills.filter((output) => !output.includes('caught-up')).length).toBeGreaterThan(5);
    expect(await runChild(dataDir)).toContain('caught-up');

    const events = SqliteEventStore.open(join(dataDir, 'events.db'));
    const survived = EmbeddedReadStore.open(join(dataDir, 'read-models.db'));
    const rebuilt = EmbeddedReadStore.open(':memory:');
    await rebuildProjections(events, rebuilt, projections);
    for (const collection of [ENTERPRISES, TIMELINE]) {
      const expected = await rebuilt.collection(collection).find({}, { sort: { _id: 1 } });
      expect(expected.length).toBeGreaterThan(1000);
      expect(await survived.collection(collection).find({}, { sort: { _id: 1 } })).toEqual(expected);
    }
    await Promise.all([events.close(), survived.close(), rebuilt.close()]);
  }, 180_000);
});
