import { enterpriseDecider, enterpriseStream } from '../../src/domain/enterprise/enterprise';
import type { Projection } from '../../src/projections/projection';
import { ENTERPRISES, enterprisesProjection } from '../../src/projections/enterprises';
import { rebuildProjections } from '../../src/projections/rebuild';
import { projections } from '../../src/projections/registry';
import { ProjectionRunner } from '../../src/projections/runner';
import { TIMELINE } from '../../src/projections/timeline';
import { BatchWrites, CHECKPOINTS } from '../../src/projections/writes';
import type { ReadStore } from '../../src/readstore/read-store';
import { coreOn, manager, silentLogger } from '../support/test-app';
import { registration } from '../support/registration';

async function firmWithHistory(core: ReturnType<typeof coreOn>, serial: number): Promise<string> {
  const { enterpriseId } = await core.registration.register(registration(serial), manager);
  const stream = enterpriseStream(enterpriseId);
  core.clock.advance(90 * 60_000);
  for (const command of [
    { type: 'IssueLicence' },
    { type: 'IssueStarterKit', costFen: 32_000 },
    { type: 'AssignConcierge', agentId: 'a-1' },
    { type: 'AssignConcierge', agentId: 'a-2' },
    { type: 'BlacklistEnterprise', reason: '提供虚假材料', evidence: '核查记录' },
  ] as const) {
    await core.commands.handle(enterpriseDecider, stream, command, manager);
  }
  return enterpriseId;
}

const allDocs = async (reads: ReadStore, collection: string) => reads.collection(collection).find({}, { sort: { _id: 1 } });

describe('projections', () => {
  it('projects the firm profile and its timeline with readable summaries', async () => {
    const core = coreOn();
    const id = await firmWithHistory(core, 1);
    const runner = new ProjectionRunner(core.events, core.reads, projections, silentLogger);
    await runner.start();
    await runner.caughtUpWith(await core.events.headPosition());

    const profile = await core.reads.collection(ENTERPRISES).findOne({ _id: id });
    expect(profile).toMatchObject({
      name: '常德测试1号科技有限公司',
      status: 'licensed',
      licence: { leadTimeMinutes: 90 },
      starterKit: { costFen: 32_000, seals: 3 },
      agentId: 'a-2',
      owners: [{ agentId: 'a-1' }, { agentId: 'a-2' }],
      blacklisted: true,
      flags: ['blacklisted'],
      revision: 5,
    });
    const timeline = await core.reads.collection(TIMELINE).find({ enterpriseId: id }, { sort: { revision: -1 } });
    expect(timeline.map((e) => e['type'])).toEqual([
      'EnterpriseBlacklisted',
      'ConciergeAssigned',
      'ConciergeAssigned',
      'StarterKitIssued',
      'LicenceIssued',
      'EnterpriseRegistered',
    ]);
    expect(timeline[1]!['summary']).toEqual({ zh: '代办员由 a-1 改为 a-2', en: 'Concierge changed from a-1 to a-2' });
    expect(timeline[3]!['summary']).toMatchObject({ zh: expect.stringContaining('¥320.00') });
    expect(timeline[0]!['hash']).toMatch(/^[0-9a-f]{64}$/);
    await runner.stop();
  });

  it('changes nothing when an event is applied twice', async () => {
    const core = coreOn();
    const id = await firmWithHistory(core, 2);
    const history = await core.events.readStream(enterpriseStream(id));
    const applyAll = async () => {
      const writes = new BatchWrites((c) => c, true);
      for (const event of history) writes.add(enterprisesProjection, event);
      await core.reads.writeAtomically(await writes.toWrites(core.reads, 'enterprises', undefined));
    };
    await applyAll();
    const once = await core.reads.collection(ENTERPRISES).findOne({ _id: id });
    await applyAll();
    const writes = new BatchWrites((c) => c, true);
    writes.add(enterprisesProjection, history[0]!);
    await core.reads.writeAtomically(await writes.toWrites(core.reads, 'enterprises', undefined));
    expect(await core.reads.collection(ENTERPRISES).findOne({ _id: id })).toEqual(once);
    expect(once).toMatchObject({ owners: [{ agentId: 'a-1' }, { agentId: 'a-2' }], _position: history.at(-1)!.position });
  });

  it('stops a projection that throws, alone, at the event that broke it', async () => {
    const core = coreOn();
    await firmWithHistory(core, 3);
    const fragile: Projection = {
      name: 'fragile',
      filter: {},
      collections: { fragile: [] },
      project(event) {
        if (event.type === 'StarterKitIssued') throw new Error('cannot handle starter kits');
        return [{ collection: 'fragile', id: event.id, update: { $set: { type: event.type } } }];
      },
    };
    const runner = new ProjectionRunner(core.events, core.reads, [...projections, fragile], silentLogger);
    await runner.start();
    const statuses = await runner.caughtUpWith(await core.events.headPosition());
    const broken = statuses.find((s) => s.name === 'fragile')!;
    const kit = (await core.events.readAll({ filter: { eventTypes: ['StarterKitIssued'] } })).events[0]!;
    expect(broken).toMatchObject({ state: 'failed', failure: { position: kit.position, type: 'StarterKitIssued', message: 'cannot handle starter kits' } });
    expect(await core.reads.collection(CHECKPOINTS).findOne({ _id: 'fragile' })).toMatchObject({ position: kit.position - 1 });
    expect(await core.reads.collection('fragile').count()).toBe(3);

    await firmWithHistory(core, 4);
    // caughtUpWith answers at once while one projection has failed: wait for the others' positions.
    const head = (await core.events.headPosition())!;
    const others = () => runner.status().filter((s) => s.name !== 'fragile');
    while (!others().every((s) => (s.position ?? 0) >= head)) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(others().every((s) => s.state === 'live')).toBe(true);
    expect(await core.reads.collection(ENTERPRISES).count()).toBe(2);
    await runner.stop();
  });

  it('stops a projection whose writes the store refuses, alone, and leaves the others live', async () => {
    const core = coreOn();
    await firmWithHistory(core, 5);
    const clashing: Projection = {
      name: 'clashing',
      filter: { eventTypes: ['ConciergeAssigned'] },
      collections: { clashing: [{ keys: { kind: 1 }, unique: true }] },
      project: (event) => [{ collection: 'clashing', id: event.id, update: { $set: { kind: 'assignment' } } }],
    };
    const runner = new ProjectionRunner(core.events, core.reads, [...projections, clashing], silentLogger);
    await runner.start();
    const statuses = await runner.caughtUpWith(await core.events.headPosition());
    expect(statuses.find((s) => s.name === 'clashing')).toMatchObject({ state: 'failed', failure: { type: 'write' } });
    expect(statuses.filter((s) => s.name !== 'clashing').every((s) => s.state === 'live')).toBe(true);
    expect(await core.reads.collection('clashing').count()).toBe(0);
    expect(await core.reads.collection(ENTERPRISES).count()).toBe(1);
    await runner.stop();
  });

  it('resumes from its checkpoint after a restart', async () => {
    const core = coreOn();
    await firmWithHistory(core, 5);
    const first = new ProjectionRunner(core.events, core.reads, projections, silentLogger);
    await first.start();
    await first.caughtUpWith(await core.events.headPosition());
    await first.stop();
    await firmWithHistory(core, 6);
    const second = new ProjectionRunner(core.events, core.reads, projections, silentLogger);
    await second.start();
    const head = await core.events.headPosition();
    await second.caughtUpWith(head);
    expect(await core.reads.collection(CHECKPOINTS).find({}, { sort: { _id: 1 } })).toEqual(
      projections.map((p) => ({ _id: p.name, position: head })).sort((a, b) => a._id.localeCompare(b._id)),
    );
    expect(await core.reads.collection(TIMELINE).count()).toBe(12);
    await second.stop();
  });

  it('rebuilds into fresh collections that equal the live ones, document for document', async () => {
    const core = coreOn();
    for (const serial of [7, 8, 9]) await firmWithHistory(core, serial);
    const runner = new ProjectionRunner(core.events, core.reads, projections, silentLogger);
    await runner.start();
    await runner.caughtUpWith(await core.events.headPosition());
    await runner.stop();
    const before = { enterprises: await allDocs(core.reads, ENTERPRISES), timeline: await allDocs(core.reads, TIMELINE) };
    await core.reads.collection(ENTERPRISES).updateOne({ _id: before.enterprises[0]!._id }, { $set: { name: 'tampered' } });

    const seen: number[] = [];
    const result = await rebuildProjections(core.events, core.reads, projections, (p) => seen.push(p.events));
    expect(result.events).toBeGreaterThan(0);
    expect(await allDocs(core.reads, ENTERPRISES)).toEqual(before.enterprises);
    expect(await allDocs(core.reads, TIMELINE)).toEqual(before.timeline);
    expect((await core.reads.listCollections()).filter((c) => c.endsWith('__rebuild'))).toEqual([]);
    expect(seen.length).toBeGreaterThan(0);
  });
});
