import { programmeStream } from '../../src/domain/programme/programme';
import { subsidyStream } from '../../src/domain/subsidy/subsidy';
import { ANOMALIES, DISBURSEMENTS } from '../../src/projections/audit/audit-collections';
import { rebuildProjections } from '../../src/projections/rebuild';
import { projections } from '../../src/projections/registry';
import { ProjectionRunner } from '../../src/projections/runner';
import { CHECKPOINTS } from '../../src/projections/writes';
import type { Document } from '../../src/readstore/read-store';
import { auditScenario, type AuditScenario } from '../support/audit-scenario';
import { coreOn, silentLogger } from '../support/test-app';

const core = coreOn();
let scenario: AuditScenario;
let runner: ProjectionRunner;

/** Every collection every projection owns, document for document. */
async function snapshot(): Promise<Record<string, Document[]>> {
  const names = projections.flatMap((p) => Object.keys(p.collections));
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await core.reads.collection(name).find({}, { sort: { _id: 1 } })] as const)));
}

beforeAll(async () => {
  // Started first, the runner projects the scenario in many small batches as it is written.
  runner = new ProjectionRunner(core.events, core.reads, projections, silentLogger);
  await runner.start();
  scenario = await auditScenario(core);
  await runner.caughtUpWith(await core.events.headPosition());
});
afterAll(() => runner.stop());

describe('the disbursement ledger', () => {
  it('has one entry per payment and per clawback, negative, in the order money moved', async () => {
    const { subsidies: s } = scenario;
    const entries = await core.reads.collection(DISBURSEMENTS).find({}, { sort: { paidAt: 1, position: 1 } });
    expect(entries.map((e) => [e['subsidyId'], e['kind'], e['amountFen'], e['paymentReference']])).toEqual([
      [s.paid, 'payment', 8_000_000, 'BOC-2026-000001'],
      [s.paid, 'payment', 12_000_000, 'BOC-2026-000002'],
      [s.other, 'payment', 10_000_000, 'BOC-2026-000003'],
      [s.duplicate, 'payment', 5_000_000, 'BOC-2026-000001'],
      [s.toBlacklisted, 'payment', 2_000_000, 'BOC-2026-000004'],
      [s.toBlacklisted, 'payment', 3_000_000, 'BOC-2026-000005'],
      [s.toDeregistered, 'payment', 5_000_000, 'BOC-2026-000006'],
      [s.paid, 'clawback', -2_000_000, null],
      [s.unapproved, 'payment', 1_000_000, 'BOC-2026-000007'],
      [s.other, 'payment', 500_000, 'BOC-2026-000008'],
    ]);
    expect(entries.map((e) => e['month'])).toEqual([...Array(7).fill('2026-03'), ...Array(3).fill('2026-04')]);
  });

  it('carries the provenance of each payment: programme, firm, approver, disburser, times, and the events it came from', async () => {
    const { subsidies: s, programmeId, firms } = scenario;
    const [applied, approved, firstPayment] = (await core.events.readStream(subsidyStream(s.paid))).filter((e) => e.type !== 'MaterialsRequested');
    const committed = (await core.events.readStream(programmeStream(programmeId))).find((e) => e.type === 'FundsCommitted' && e.data['subsidyId'] === s.paid)!;
    const ref = (e: typeof committed) => ({ id: e.id, stream: e.streamName, revision: e.revision, position: e.position, hash: e.metadata.hash });
    expect(applied!.type).toBe('SubsidyApplied');
    const entry = await core.reads.collection(DISBURSEMENTS).findOne({ _id: firstPayment!.id });
    expect(entry).toMatchObject({
      kind: 'payment',
      subsidyId: s.paid,
      programmeId,
      enterpriseId: firms.clean,
      amountFen: 8_000_000,
      approverId: 'm-1',
      approvedAt: approved!.data['approvedAt'],
      approvedFen: 20_000_000,
      disburserId: 'f-1',
      paidAt: scenario.firstPaymentAt,
      provenance: { entry: ref(firstPayment!), approval: ref(approved!), commitment: ref(committed) },
    });
    expect(entry!['provenance']).toMatchObject({ entry: { hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
  });
});

describe('anomalies', () => {
  const listed = async () => core.reads.collection(ANOMALIES).find({ listed: true }, { sort: { at: 1, _id: 1 } });

  it('finds each kind, judged by what was known when the money moved', async () => {
    const { subsidies: s, firms } = scenario;
    const found = (await listed()).map((a) => [a['kind'], a['subsidyId'], (a['detail'] as Record<string, unknown>)['reason'] ?? null]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['approver-disburser-attempt', s.paid, null],
        ['duplicate-payment-reference', s.duplicate, null],
        ['payment-to-blacklisted-firm', s.toBlacklisted, null],
        ['payment-to-deregistered-firm', s.toDeregistered, null],
        ['payment-past-approval', s.unapproved, 'not-approved'],
        ['payment-past-approval', s.other, 'exceeds-approval'],
        ['commitment-left-open', s.lateConfirmed, null],
        ['commitment-left-open', s.leftOpen, null],
      ]),
    );
    expect(found).toHaveLength(8);
    const blacklisted = (await listed()).find((a) => a['kind'] === 'payment-to-blacklisted-firm')!;
    expect(blacklisted).toMatchObject({ enterpriseId: firms.blacklisted, amountFen: 2_000_000, actorId: 'f-1', detail: { paymentReference: 'BOC-2026-000004' } });
    const duplicate = (await listed()).find((a) => a['kind'] === 'duplicate-payment-reference')!;
    expect(duplicate['detail']).toMatchObject({ paymentReference: 'BOC-2026-000001', firstUse: { subsidyId: s.paid } });
    const refusal = (await listed()).find((a) => a['kind'] === 'approver-disburser-attempt')!;
    expect(refusal).toMatchObject({ actorId: 'm-1', amountFen: 1_000_000, detail: { code: 'approver-may-not-disburse' }, evidence: { stream: expect.stringMatching(/^refusal-/) } });
  });

  it('watches every commitment, and lists the ones left open past the repair threshold', async () => {
    const { subsidies: s, leftOpenAt } = scenario;
    const commitments = await core.reads.collection(ANOMALIES).find({ kind: 'commitment-left-open' });
    expect(commitments.filter((c) => !c['listed'])).toHaveLength(5);
    const late = commitments.find((c) => c['subsidyId'] === s.lateConfirmed)!;
    expect(late['detail']).toMatchObject({ resolution: 'confirmed' });
    const open = commitments.find((c) => c['subsidyId'] === s.leftOpen)!;
    expect(open).toMatchObject({ listed: true, at: new Date(Date.parse(leftOpenAt) + 5 * 60_000).toISOString(), detail: { resolution: null } });
  });
});

describe('the read models of issue 4', () => {
  it('change nothing when every event is applied again', async () => {
    await runner.stop();
    const before = await snapshot();
    await core.reads.collection(CHECKPOINTS).deleteMany({});
    runner = new ProjectionRunner(core.events, core.reads, projections, silentLogger);
    await runner.start();
    await runner.caughtUpWith(await core.events.headPosition());
    expect(await snapshot()).toEqual(before);
  });

  it('rebuild into exactly what the live runner built', async () => {
    await runner.stop();
    const live = await snapshot();
    await core.reads.collection(DISBURSEMENTS).updateOne({ _id: live[DISBURSEMENTS]![0]!._id }, { $set: { amountFen: 1 } });
    await rebuildProjections(core.events, core.reads, projections);
    expect(await snapshot()).toEqual(live);
  });
});
