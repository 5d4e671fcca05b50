import type { Clock } from '../../src/app/clock';
import { toEnvelopes, type CommandHandler } from '../../src/app/command-handler';
import { newId } from '../../src/app/ids';
import type { Actor, Decider, DomainEvent } from '../../src/domain/decider';
import { enterpriseDecider, enterpriseStream } from '../../src/domain/enterprise/enterprise';
import type { EnterpriseRegistered } from '../../src/domain/enterprise/events';
import type { PublishProgramme } from '../../src/domain/programme/commands';
import { programmeDecider, programmeStream } from '../../src/domain/programme/programme';
import type { FirmStanding } from '../../src/domain/subsidy/firm-standing';
import { refusalStream, type DisbursementRefused } from '../../src/domain/subsidy/refusal';
import { subsidyDecider, subsidyStream } from '../../src/domain/subsidy/subsidy';
import type { EventStore } from '../../src/eventstore/event-store';

export const officers = {
  agent: { id: 'a-1', role: 'agent' },
  manager: { id: 'm-1', role: 'manager' },
  otherManager: { id: 'm-2', role: 'manager' },
  finance: { id: 'f-1', role: 'finance' },
} satisfies Record<string, Actor>;

export const programmeTerms = (overrides: Partial<PublishProgramme> = {}): Omit<PublishProgramme, 'programmeId'> => ({
  type: 'PublishProgramme',
  name: '产业扶持奖励资金',
  kind: 'industrial-support',
  budgetFen: 2_000_000_000,
  capPerEnterpriseFen: 50_000_000,
  eligibility: { industries: [], townships: [], parks: [], minAgeMonths: 0 },
  window: { opensOn: '2026-01-01', closesOn: '2026-12-31' },
  ...overrides,
});

async function stateOf<C, E extends DomainEvent, S>(events: EventStore, decider: Decider<C, E, S>, stream: string): Promise<S> {
  const history = await events.readStream(stream);
  return history.reduce((state, e) => decider.evolve(state, { type: e.type, data: e.data } as E), decider.initialState);
}

/**
 * Programmes and subsidy applications written through the command handler with the domain
 * deciders, in the order the app writes them (commit funds, approve, confirm; pay, then record
 * the totals on the programme's ledger), so read-side tests need none of the command endpoints.
 */
export class SubsidyFlows {
  constructor(private readonly core: { commands: CommandHandler; events: EventStore; clock: Clock }) {}

  async publishProgramme(overrides: Partial<PublishProgramme> = {}, by: Actor = officers.manager): Promise<string> {
    const programmeId = newId();
    await this.core.commands.handle(programmeDecider, programmeStream(programmeId), { ...programmeTerms(overrides), programmeId }, by);
    return programmeId;
  }

  async apply(programmeId: string, enterpriseId: string, requestedFen: number, by: Actor = officers.agent): Promise<string> {
    const subsidyId = newId();
    const programme = await stateOf(this.core.events, programmeDecider, programmeStream(programmeId));
    const [registered] = await this.core.events.readStream(enterpriseStream(enterpriseId), { maxCount: 1 });
    const { industry, township, park, registeredAt } = registered!.data as EnterpriseRegistered['data'];
    const enterprise = { ...(await this.standing(enterpriseId)), industry, township, park, registeredAt };
    await this.subsidy(subsidyId, { type: 'ApplyForSubsidy', subsidyId, programmeId, enterpriseId, requestedFen, programme, enterprise }, by);
    return subsidyId;
  }

  async requestMaterials(subsidyId: string, missingItems: string[], by: Actor = officers.manager): Promise<void> {
    await this.subsidy(subsidyId, { type: 'RequestMaterials', missingItems }, by);
  }

  async supplyMaterials(subsidyId: string, items: string[], by: Actor = officers.agent): Promise<void> {
    await this.subsidy(subsidyId, { type: 'SupplyMaterials', items }, by);
  }

  /** Funds committed on the programme's ledger, and nothing else: what a crash right after leaves. */
  async commitFunds(subsidyId: string, amountFen: number, by: Actor = officers.manager): Promise<void> {
    const { programmeId, enterpriseId } = await this.application(subsidyId);
    await this.core.commands.handle(programmeDecider, programmeStream(programmeId!), { type: 'CommitFunds', subsidyId, enterpriseId: enterpriseId!, amountFen }, by);
  }

  async approve(subsidyId: string, approvedFen: number, by: Actor = officers.manager): Promise<void> {
    const { programmeId, enterpriseId } = await this.application(subsidyId);
    await this.commitFunds(subsidyId, approvedFen, by);
    await this.subsidy(subsidyId, { type: 'ApproveSubsidy', approvedFen, enterprise: await this.standing(enterpriseId!) }, by);
    await this.core.commands.handle(programmeDecider, programmeStream(programmeId!), { type: 'ConfirmCommitment', subsidyId }, by);
  }

  async reject(subsidyId: string, reason: string, by: Actor = officers.manager): Promise<void> {
    await this.subsidy(subsidyId, { type: 'RejectSubsidy', reason }, by);
  }

  /** `standing` stands in for a firm's standing read before a concurrent change to it. */
  async disburse(subsidyId: string, amountFen: number, paymentReference: string, by: Actor = officers.finance, standing?: FirmStanding): Promise<void> {
    const { enterpriseId } = await this.application(subsidyId);
    await this.subsidy(subsidyId, { type: 'DisburseSubsidy', amountFen, paymentReference, enterprise: standing ?? (await this.standing(enterpriseId!)) }, by);
    await this.recordTotals(subsidyId, by);
  }

  async clawBack(subsidyId: string, amountFen: number, reason: string, by: Actor = officers.manager): Promise<void> {
    await this.subsidy(subsidyId, { type: 'ClawBackSubsidy', amountFen, reason }, by);
    await this.recordTotals(subsidyId, by);
  }

  async close(subsidyId: string, by: Actor = officers.finance): Promise<void> {
    await this.subsidy(subsidyId, { type: 'CloseSubsidy' }, by);
  }

  /** What the app writes when an officer tries to disburse an application they approved. */
  async refuseApproverDisbursing(subsidyId: string, amountFen: number, paymentReference: string, by: Actor = officers.manager): Promise<void> {
    const { programmeId, enterpriseId } = await this.application(subsidyId);
    const now = this.core.clock.now();
    const data: DisbursementRefused['data'] = {
      subsidyId,
      programmeId: programmeId!,
      enterpriseId: enterpriseId!,
      actorId: by.id,
      amountFen,
      paymentReference,
      code: 'approver-may-not-disburse',
      refusedAt: now,
    };
    await this.writeUnchecked(refusalStream(newId()), { type: 'DisbursementRefused', data }, by);
  }

  /** An event no decider was asked about, as a faulty import or a bypassed rule would leave it. */
  async writeUnchecked(stream: string, event: DomainEvent, by: Actor): Promise<void> {
    await this.core.events.appendToStream(stream, toEnvelopes(stream, [event], { now: this.core.clock.now(), actor: by }, {}), { expectedRevision: 'any' });
  }

  private async recordTotals(subsidyId: string, by: Actor): Promise<void> {
    const { programmeId, disbursedFen, clawedBackFen } = await this.application(subsidyId);
    await this.core.commands.handle(programmeDecider, programmeStream(programmeId!), { type: 'RecordPaymentTotals', subsidyId, disbursedFen, clawedBackFen }, by);
  }

  private async subsidy(subsidyId: string, command: Parameters<typeof subsidyDecider.decide>[0], by: Actor): Promise<void> {
    await this.core.commands.handle(subsidyDecider, subsidyStream(subsidyId), command, by);
  }

  private application(subsidyId: string) {
    return stateOf(this.core.events, subsidyDecider, subsidyStream(subsidyId));
  }

  private async standing(enterpriseId: string): Promise<FirmStanding> {
    const { status, blacklisted } = await stateOf(this.core.events, enterpriseDecider, enterpriseStream(enterpriseId));
    return { status, blacklisted };
  }
}
