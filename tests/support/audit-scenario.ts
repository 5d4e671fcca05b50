import type { ManualClock } from '../../src/app/clock';
import type { CommandHandler } from '../../src/app/command-handler';
import type { EnterpriseRegistration } from '../../src/app/enterprise-registration';
import { enterpriseDecider, enterpriseStream } from '../../src/domain/enterprise/enterprise';
import { subsidyStream } from '../../src/domain/subsidy/subsidy';
import type { EventStore } from '../../src/eventstore/event-store';
import { registration } from './registration';
import { officers, SubsidyFlows } from './subsidy-flows';

export interface AuditCore {
  commands: CommandHandler;
  events: EventStore;
  clock: ManualClock;
  registration: EnterpriseRegistration;
}

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;

/**
 * A district's month of subsidy payments with one of each anomaly the audit looks for. Firms are
 * registered by agents a-1 (clean, blacklisted) and a-2 (other, deregistered), so they look after them.
 */
export async function auditScenario(core: AuditCore, serial = 1) {
  const flows = new SubsidyFlows(core);
  const register = async (offset: number, agentId: string): Promise<string> =>
    (await core.registration.register(registration(serial + offset), { id: agentId, role: 'agent' })).enterpriseId;
  const firms = { clean: await register(0, 'a-1'), other: await register(1, 'a-2'), blacklisted: await register(2, 'a-1'), deregistered: await register(3, 'a-2') };
  const programmeId = await flows.publishProgramme();
  const otherProgrammeId = await flows.publishProgramme({ name: '现代服务业扶持资金', kind: 'modern-services' });

  const paid = await flows.apply(programmeId, firms.clean, 30_000_000);
  await flows.approve(paid, 20_000_000);
  core.clock.advance(DAY);
  await flows.disburse(paid, 8_000_000, 'BOC-2026-000001');
  const firstPaymentAt = core.clock.now();
  core.clock.advance(DAY);
  await flows.disburse(paid, 12_000_000, 'BOC-2026-000002');
  // Approver tries to pay what they approved: refused, recorded by the app.
  await flows.refuseApproverDisbursing(paid, 1_000_000, 'BOC-2026-000099', officers.manager);

  const other = await flows.apply(otherProgrammeId, firms.other, 10_000_000);
  await flows.approve(other, 10_000_000, officers.otherManager);
  core.clock.advance(DAY);
  await flows.disburse(other, 10_000_000, 'BOC-2026-000003');

  // The same reference again, on another application (its reservation bypassed).
  const duplicate = await flows.apply(programmeId, firms.other, 5_000_000);
  await flows.approve(duplicate, 5_000_000);
  await flows.disburse(duplicate, 5_000_000, 'BOC-2026-000001');

  // Paid on a standing read just before the firm was blacklisted; lifted afterwards, it still counts.
  const toBlacklisted = await flows.apply(programmeId, firms.blacklisted, 5_000_000);
  await flows.approve(toBlacklisted, 5_000_000);
  const blacklist = (type: 'BlacklistEnterprise' | 'LiftBlacklist') =>
    core.commands.handle(enterpriseDecider, enterpriseStream(firms.blacklisted), type === 'BlacklistEnterprise' ? { type, reason: '提供虚假材料', evidence: '核查记录' } : { type, reason: '信用修复' }, officers.manager);
  await blacklist('BlacklistEnterprise');
  await flows.disburse(toBlacklisted, 2_000_000, 'BOC-2026-000004', officers.finance, { status: 'licensed', blacklisted: false });
  await blacklist('LiftBlacklist');
  await flows.disburse(toBlacklisted, 3_000_000, 'BOC-2026-000005');

  const toDeregistered = await flows.apply(programmeId, firms.deregistered, 5_000_000);
  await flows.approve(toDeregistered, 5_000_000);
  await core.commands.handle(enterpriseDecider, enterpriseStream(firms.deregistered), { type: 'DeregisterEnterprise', reason: '歇业' }, officers.manager);
  await flows.disburse(toDeregistered, 5_000_000, 'BOC-2026-000006', officers.finance, { status: 'registered', blacklisted: false });

  // Into April (Asia/Shanghai): a clawback, and payments the deciders would have refused, written as a faulty import.
  core.clock.set('2026-04-02T02:00:00.000Z');
  await flows.clawBack(paid, 2_000_000, '虚报产值');
  const unapproved = await flows.apply(programmeId, firms.clean, 1_000_000);
  const disbursed = (amountFen: number, paymentReference: string) => ({
    type: 'SubsidyDisbursed',
    data: { amountFen, paymentReference, disbursedBy: officers.finance.id, disbursedAt: core.clock.now() },
  });
  await flows.writeUnchecked(subsidyStream(unapproved), disbursed(1_000_000, 'BOC-2026-000007'), officers.finance);
  await flows.writeUnchecked(subsidyStream(other), disbursed(500_000, 'BOC-2026-000008'), officers.finance);

  // Commitments: one confirmed late after a crash, one still open, one released in time.
  const lateConfirmed = await flows.apply(otherProgrammeId, firms.clean, 4_000_000);
  await flows.commitFunds(lateConfirmed, 4_000_000);
  core.clock.advance(6 * MINUTE);
  await flows.approve(lateConfirmed, 4_000_000);
  const leftOpen = await flows.apply(otherProgrammeId, firms.other, 3_000_000);
  await flows.commitFunds(leftOpen, 3_000_000);
  const leftOpenAt = core.clock.now();

  return {
    flows,
    firms,
    programmeId,
    otherProgrammeId,
    subsidies: { paid, other, duplicate, toBlacklisted, toDeregistered, unapproved, lateConfirmed, leftOpen },
    firstPaymentAt,
    leftOpenAt,
  };
}

export type AuditScenario = Awaited<ReturnType<typeof auditScenario>>;
