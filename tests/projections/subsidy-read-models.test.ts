import { enterpriseDecider, enterpriseStream } from '../../src/domain/enterprise/enterprise';
import { programmeDecider, programmeStream } from '../../src/domain/programme/programme';
import { PROGRAMME_FIRMS, PROGRAMME_MONTHS, PROGRAMMES, programmeFirmId } from '../../src/projections/programmes';
import { projections } from '../../src/projections/registry';
import { ProjectionRunner } from '../../src/projections/runner';
import { SUBSIDIES } from '../../src/projections/subsidies';
import { TIMELINE } from '../../src/projections/timeline';
import { officers, SubsidyFlows } from '../support/subsidy-flows';
import { coreOn, manager, silentLogger } from '../support/test-app';
import { registration } from '../support/registration';

async function caughtUp(core: ReturnType<typeof coreOn>): Promise<void> {
  const runner = new ProjectionRunner(core.events, core.reads, projections, silentLogger);
  await runner.start();
  await runner.caughtUpWith(await core.events.headPosition());
  await runner.stop();
}

describe('programme and subsidy read models', () => {
  const core = coreOn();
  const flows = new SubsidyFlows(core);
  let programmeId: string;
  let firm: string;
  let otherFirm: string;
  let paid: string;
  let released: string;

  beforeAll(async () => {
    firm = (await core.registration.register(registration(1), manager)).enterpriseId;
    otherFirm = (await core.registration.register(registration(2), manager)).enterpriseId;
    programmeId = await flows.publishProgramme({ budgetFen: 100_000_000, capPerEnterpriseFen: 40_000_000 });
    await core.commands.handle(programmeDecider, programmeStream(programmeId), { type: 'AdjustProgrammeBudget', budgetFen: 120_000_000, reason: '追加预算' }, officers.manager);

    paid = await flows.apply(programmeId, firm, 30_000_000);
    await flows.requestMaterials(paid, ['营业执照', '纳税证明']);
    await flows.supplyMaterials(paid, ['纳税证明']);
    await flows.supplyMaterials(paid, ['营业执照']);
    await flows.approve(paid, 25_000_000);
    // The last hours of March in UTC are already April in Asia/Shanghai.
    core.clock.set('2026-03-31T17:00:00.000Z');
    await flows.disburse(paid, 10_000_000, 'BOC-2026-000001');
    await flows.disburse(paid, 15_000_000, 'BOC-2026-000002', officers.otherManager);
    await flows.clawBack(paid, 5_000_000, '虚报产值');
    await flows.close(paid);

    released = await flows.apply(programmeId, otherFirm, 20_000_000);
    await flows.commitFunds(released, 20_000_000);
    await core.commands.handle(programmeDecider, programmeStream(programmeId), { type: 'ReleaseCommitment', subsidyId: released, reason: 'approval-not-written' }, officers.manager);
    await flows.reject(released, '不符合条件');
    await caughtUp(core);
  });

  it("keeps a programme's terms and the ledger's figures: budget, committed, disbursed, clawed back, remaining", async () => {
    expect(await core.reads.collection(PROGRAMMES).findOne({ _id: programmeId })).toMatchObject({
      name: '产业扶持奖励资金',
      kind: 'industrial-support',
      capPerEnterpriseFen: 40_000_000,
      window: { opensOn: '2026-01-01', closesOn: '2026-12-31' },
      status: 'open',
      budgetFen: 120_000_000,
      committedFen: 20_000_000,
      disbursedFen: 25_000_000,
      clawedBackFen: 5_000_000,
      remainingFen: 100_000_000,
      publishedAt: '2026-03-02T02:00:00.000Z',
    });
  });

  it('keeps each firm against the cap, and each Asia/Shanghai month', async () => {
    const firms = await core.reads.collection(PROGRAMME_FIRMS).find({ programmeId }, { sort: { _id: 1 } });
    expect(firms).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ _id: programmeFirmId(programmeId, firm), committedFen: 20_000_000, disbursedFen: 25_000_000, clawedBackFen: 5_000_000 }),
        expect.objectContaining({ _id: programmeFirmId(programmeId, otherFirm), committedFen: 0 }),
      ]),
    );
    const months = await core.reads.collection(PROGRAMME_MONTHS).find({ programmeId }, { sort: { month: 1 } });
    expect(months.map(({ month, committedFen, releasedFen, disbursedFen, clawedBackFen }) => ({ month, committedFen, releasedFen, disbursedFen, clawedBackFen }))).toEqual([
      { month: '2026-03', committedFen: 25_000_000, releasedFen: undefined, disbursedFen: undefined, clawedBackFen: undefined },
      { month: '2026-04', committedFen: 20_000_000, releasedFen: 20_000_000, disbursedFen: 25_000_000, clawedBackFen: 5_000_000 },
    ]);
  });

  it('keeps an application: state, materials, approval, payments and who made them', async () => {
    const application = await core.reads.collection(SUBSIDIES).findOne({ _id: paid });
    expect(application).toMatchObject({
      programmeId,
      enterpriseId: firm,
      requestedFen: 30_000_000,
      status: 'closed',
      materialsRequests: [{ missingItems: ['营业执照', '纳税证明'], requestedBy: 'm-1' }],
      outstandingMaterials: [],
      materialsSupplied: [{ items: ['纳税证明'] }, { items: ['营业执照'] }],
      approval: { approvedFen: 25_000_000, approverId: 'm-1' },
      disbursedFen: 25_000_000,
      clawedBackFen: 5_000_000,
      payments: [{ paymentReference: 'BOC-2026-000001', disbursedBy: 'f-1' }, { paymentReference: 'BOC-2026-000002', disbursedBy: 'm-2' }],
      disburserIds: ['f-1', 'm-2'],
      clawbacks: [{ amountFen: 5_000_000, reason: '虚报产值', clawedBackBy: 'm-1' }],
    });
    expect(await core.reads.collection(SUBSIDIES).findOne({ _id: released })).toMatchObject({ status: 'rejected', rejection: { reason: '不符合条件' }, approval: null });
  });

  it("puts the application's events on the firm's timeline, with summaries in Chinese and English", async () => {
    const entries = await core.reads.collection(TIMELINE).find({ enterpriseId: firm, stream: { $regex: '^subsidy-' } }, { sort: { position: 1 } });
    expect(entries.map((e) => e['type'])).toEqual([
      'SubsidyApplied',
      'MaterialsRequested',
      'MaterialsSupplied',
      'MaterialsSupplied',
      'SubsidyApproved',
      'SubsidyDisbursed',
      'SubsidyDisbursed',
      'SubsidyClawedBack',
      'SubsidyClosed',
    ]);
    expect(entries[1]!['summary']).toEqual({ zh: '一次性告知需补正材料：营业执照、纳税证明', en: 'Missing materials requested at once: 营业执照, 纳税证明' });
    expect(entries[5]!['summary']).toEqual({ zh: '扶持资金拨付 ¥100,000.00（支付流水号 BOC-2026-000001）', en: 'Subsidy paid: ¥100,000.00 (payment reference BOC-2026-000001)' });
    expect(await core.reads.collection(TIMELINE).count({ enterpriseId: otherFirm, type: 'SubsidyRejected' })).toBe(1);
    await core.commands.handle(enterpriseDecider, enterpriseStream(firm), { type: 'IssueLicence' }, manager);
    await caughtUp(core);
    expect(await core.reads.collection(TIMELINE).count({ enterpriseId: firm })).toBe(9 + 2);
  });
});
