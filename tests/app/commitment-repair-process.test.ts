import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ManualClock } from '../../src/app/clock';
import { CommandHandler } from '../../src/app/command-handler';
import { COMMITMENT_REPAIR_ACTOR } from '../../src/app/commitment-repair-process';
import { Programmes } from '../../src/app/programmes';
import { programmeStream } from '../../src/domain/programme/programme';
import { commitmentFor } from '../../src/domain/programme/state';
import { COMMITMENT_REPAIR_AFTER_MS } from '../../src/domain/subsidy/commitment-repair';
import { subsidyStream } from '../../src/domain/subsidy/subsidy';
import { MemoryEventStore } from '../../src/eventstore/memory/memory-event-store';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { dyingBefore } from '../support/dying-store';
import { programmePublication } from '../support/programme-publication';
import { fileApplication, subsidyCoreOn } from '../support/subsidy-core';
import { manager } from '../support/test-app';

const finance = { id: 'f-1', role: 'finance' } as const;

const types = async (store: MemoryEventStore, stream: string): Promise<string[]> => (await store.readStream(stream)).map((e) => e.type);

/** An approval by a process that dies at `fatal`, and the process that starts after it. */
async function approvalThatDies(serial: number, fatal: (ids: { programmeId: string; subsidyId: string }) => (stream: string, eventType: string) => boolean) {
  const store = new MemoryEventStore();
  const ids = await fileApplication(subsidyCoreOn(store), serial);
  const crash = fatal(ids);
  const dying = dyingBefore(store, (stream, events) => crash(stream, events[0]!.type));
  void subsidyCoreOn(dying.store).decisions.approve(ids.subsidyId, 300_000, manager);
  await dying.died;
  return { store, ...ids, restarted: subsidyCoreOn(store) };
}

describe('repairing commitments that approvals left open by a crash', () => {
  it('releases the funds when the process died after committing them and before writing the approval', async () => {
    const { store, programmeId, subsidyId, restarted } = await approvalThatDies(1, ({ subsidyId }) => (stream) => stream === subsidyStream(subsidyId));
    expect(commitmentFor(await restarted.programmes.read(programmeId), subsidyId)).toMatchObject({ status: 'open', amountFen: 300_000 });

    expect(await restarted.repair.runOnce()).toEqual({ confirmed: [], released: [], waiting: 1, totalsRecorded: [] });
    restarted.clock.advance(COMMITMENT_REPAIR_AFTER_MS);
    expect(await restarted.repair.runOnce()).toEqual({ confirmed: [], released: [subsidyId], waiting: 0, totalsRecorded: [] });

    const programme = await restarted.programmes.read(programmeId);
    expect(programme.committedFen).toBe(0);
    expect(commitmentFor(programme, subsidyId)?.status).toBe('released');
    const [release] = (await store.readStream(programmeStream(programmeId))).filter((e) => e.type === 'CommitmentReleased');
    expect(release).toMatchObject({ data: { reason: 'approval-not-written' }, metadata: { actorId: COMMITMENT_REPAIR_ACTOR.id } });
    expect(await types(store, subsidyStream(subsidyId))).toEqual(['SubsidyApplied']);

    // The manager may approve again, and this time it holds.
    await restarted.decisions.approve(subsidyId, 300_000, manager);
    expect(commitmentFor(await restarted.programmes.read(programmeId), subsidyId)?.status).toBe('confirmed');
    expect(await restarted.repair.runOnce()).toEqual({ confirmed: [], released: [], waiting: 0, totalsRecorded: [] });
  });

  it('confirms the commitment when the process died after writing the approval and before confirming it', async () => {
    const { store, programmeId, subsidyId, restarted } = await approvalThatDies(2, ({ programmeId }) => (stream, type) => stream === programmeStream(programmeId) && type === 'CommitmentConfirmed');
    expect(await types(store, subsidyStream(subsidyId))).toEqual(['SubsidyApplied', 'SubsidyApproved']);

    restarted.clock.advance(COMMITMENT_REPAIR_AFTER_MS);
    expect(await restarted.repair.runOnce()).toEqual({ confirmed: [subsidyId], released: [], waiting: 0, totalsRecorded: [] });
    const programme = await restarted.programmes.read(programmeId);
    expect(commitmentFor(programme, subsidyId)?.status).toBe('confirmed');
    expect(programme.committedFen).toBe(300_000);
  });

  it('leaves alone commitments whose approval completed, and repairs nothing twice', async () => {
    const core = subsidyCoreOn();
    const { subsidyId } = await fileApplication(core, 3);
    await core.decisions.approve(subsidyId, 300_000, manager);
    core.clock.advance(COMMITMENT_REPAIR_AFTER_MS);
    const head = await core.events.headPosition();
    expect(await core.repair.runOnce()).toEqual({ confirmed: [], released: [], waiting: 0, totalsRecorded: [] });
    expect(await core.repair.runOnce()).toEqual({ confirmed: [], released: [], waiting: 0, totalsRecorded: [] });
    expect(await core.events.headPosition()).toBe(head);
  });

  it("records on the programme's ledger the payments of an application when the process died between the two writes", async () => {
    const store = new MemoryEventStore();
    const before = subsidyCoreOn(store);
    const { programmeId, subsidyId } = await fileApplication(before, 5);
    await before.decisions.approve(subsidyId, 300_000, manager);
    const dying = dyingBefore(store, (stream, events) => stream === programmeStream(programmeId) && events[0]!.type === 'FundsDisbursed');
    void subsidyCoreOn(dying.store).payments.disburse(subsidyId, { amountFen: 120_000, paymentReference: 'ICBC-5' }, finance);
    await dying.died;
    const restarted = subsidyCoreOn(store);
    expect((await restarted.programmes.read(programmeId)).disbursedFen).toBe(0);

    expect(await restarted.repair.runOnce()).toEqual({ confirmed: [], released: [], waiting: 0, totalsRecorded: [subsidyId] });
    const programme = await restarted.programmes.read(programmeId);
    expect(programme.disbursedFen).toBe(120_000);
    expect(commitmentFor(programme, subsidyId)).toMatchObject({ disbursedFen: 120_000 });
    expect(await restarted.repair.runOnce()).toEqual({ confirmed: [], released: [], waiting: 0, totalsRecorded: [] });
  });

  it('runs on an interval until stopped', async () => {
    const { store, programmeId, subsidyId, restarted } = await approvalThatDies(4, ({ subsidyId }) => (stream) => stream === subsidyStream(subsidyId));
    restarted.clock.advance(COMMITMENT_REPAIR_AFTER_MS);
    restarted.repair.start(5);
    while (!(await types(store, programmeStream(programmeId))).includes('CommitmentReleased')) await new Promise((resolve) => setTimeout(resolve, 5));
    await restarted.repair.stop();
    expect(commitmentFor(await restarted.programmes.read(programmeId), subsidyId)?.status).toBe('released');
  });
});

describe('concierge repair-commitments', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'concierge-repair-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('releases a commitment left open long ago and says so', async () => {
    const store = SqliteEventStore.open(join(dir, 'events.db'));
    const longAgo = new ManualClock('2020-01-01T00:00:00.000Z');
    const programmes = new Programmes(store, new CommandHandler(store, longAgo), longAgo);
    const { programmeId } = await programmes.publish(programmePublication({ window: { opensOn: '2020-01-01', closesOn: '2020-12-31' } }), manager);
    await programmes.handle(programmeId, { type: 'CommitFunds', subsidyId: 's-lost', enterpriseId: 'e-1', amountFen: 100_000 }, manager);
    await store.close();

    const cli = join(__dirname, '../../src/cli/main.ts');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', cli, 'repair-commitments'], { env: { ...process.env, DATA_DIR: dir, LOG_LEVEL: 'silent' } });
    expect(stdout).toContain('1 commitments released: their approval never was (s-lost)');

    const reopened = SqliteEventStore.open(join(dir, 'events.db'));
    expect((await reopened.readStream(programmeStream(programmeId))).map((e) => e.type)).toEqual(['ProgrammePublished', 'FundsCommitted', 'CommitmentReleased']);
    await reopened.close();
  });
});
