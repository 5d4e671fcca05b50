import { newId } from '../src/app/ids';
import { chance, intBetween, seededRandom } from '../src/cli/seed/random';
import { TOWNSHIPS } from '../src/domain/enterprise/district';
import { enterpriseStream } from '../src/domain/enterprise/enterprise';
import { programmeStream } from '../src/domain/programme/programme';
import { refusalStream } from '../src/domain/subsidy/refusal';
import { subsidyStream } from '../src/domain/subsidy/subsidy';
import type { NewEvent } from '../src/eventstore/event-store';
import type { FixtureEvent } from './fixtures';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse('2024-01-02T01:00:00Z');
const MONTHS = 24;
const PROGRAMMES = ['产业扶持奖励资金', '现代服务业扶持资金', '移动互联网产业园扶持资金', '税费减免', '缓缴社保费', '社保减免'];
const KINDS = ['industrial-support', 'modern-services', 'mobile-internet-park', 'tax-relief', 'deferral', 'social-insurance-relief'];
const AGENTS = Array.from({ length: 40 }, (_, i) => `agent-${String(i + 1).padStart(2, '0')}`);

export interface AuditFixtureTally {
  firms: number;
  applications: number;
  payments: number;
  clawbacks: number;
  events: number;
  programmeIds: string[];
}

interface Firm {
  id: string;
  blacklistedAt: number | null;
}

/**
 * Two years of a district's subsidy payments, as the deciders and the app write them (apply;
 * commit funds, approve, confirm; pay in one to three tranches, each followed by the programme
 * ledger's totals), with a realistic sprinkling of what the audit must catch: firms blacklisted
 * while still being paid, reused payment references, approvers trying to pay, commitments left
 * open and tranches beyond the approval. Stops after `payments` SubsidyDisbursed events.
 */
export function* auditEvents(payments: number, tally: AuditFixtureTally, seed = 20240401): Generator<FixtureEvent> {
  const random = seededRandom(seed);
  const at = (time: number, stream: string, type: string, data: object, actorId: string, actorRole: string): FixtureEvent => {
    tally.events += 1;
    const event: NewEvent = {
      id: newId(time),
      type,
      schemaVersion: 1,
      data: data as Record<string, unknown>,
      metadata: { actorId, actorRole, correlationId: newId(time), causationId: null, occurredAt: new Date(time).toISOString() },
    };
    return { stream, event };
  };
  const iso = (time: number): string => new Date(time).toISOString();

  const firms: Firm[] = [];
  for (let i = 0; i < Math.max(10, Math.round(payments / 10)); i += 1) {
    const id = newId(START - DAY);
    const registeredAt = START - 400 * DAY + i * 1000;
    const township = TOWNSHIPS[i % TOWNSHIPS.length]!;
    const data = { enterpriseId: id, name: `常德测评${i}号科技有限公司`, creditCode: `BENCH${i}`, legalRepresentative: '李明', industry: 'I65', township, park: null, registeredCapitalFen: 100_000_000, channel: 'online', registeredAt: iso(registeredAt) };
    yield at(registeredAt, enterpriseStream(id), 'EnterpriseRegistered', data, AGENTS[i % AGENTS.length]!, 'agent');
    yield at(registeredAt, enterpriseStream(id), 'ConciergeAssigned', { agentId: AGENTS[i % AGENTS.length], previousAgentId: null, assignedAt: iso(registeredAt) }, AGENTS[i % AGENTS.length]!, 'agent');
    firms.push({ id, blacklistedAt: chance(random, 0.02) ? START + intBetween(random, 0, MONTHS * 30) * DAY : null });
  }
  tally.firms = firms.length;

  tally.programmeIds = PROGRAMMES.map(() => newId(START));
  for (const [i, programmeId] of tally.programmeIds.entries()) {
    const terms = {
      programmeId,
      name: PROGRAMMES[i],
      kind: KINDS[i],
      capPerEnterpriseFen: 500_000_000,
      eligibility: { industries: [], townships: [], parks: [], minAgeMonths: 0 },
      window: { opensOn: '2024-01-01', closesOn: '2025-12-31' },
      deferredAmountDueOn: KINDS[i] === 'deferral' ? '2026-06-30' : null,
      budgetFen: 2_000_000_000_000,
      publishedAt: iso(START),
    };
    yield at(START, programmeStream(programmeId), 'ProgrammePublished', terms, 'm-1', 'manager');
  }

  const references: string[] = [];
  const blacklistPending = new Set(firms.filter((f) => f.blacklistedAt !== null));
  for (let application = 0; tally.payments < payments; application += 1) {
    // Applications arrive evenly over the two years; a programme's share grows with its number.
    const appliedAt = START + Math.floor((application / (payments / 2)) * MONTHS * 30 * DAY) + intBetween(random, 0, DAY);
    for (const firm of [...blacklistPending]) {
      if (firm.blacklistedAt! > appliedAt) continue;
      blacklistPending.delete(firm);
      yield at(firm.blacklistedAt!, enterpriseStream(firm.id), 'EnterpriseBlacklisted', { reason: '提供虚假材料', evidence: '核查记录', blacklistedAt: iso(firm.blacklistedAt!) }, 'm-1', 'manager');
    }
    const firm = firms[intBetween(random, 0, firms.length - 1)]!;
    const programmeId = tally.programmeIds[Math.min(PROGRAMMES.length - 1, Math.floor(Math.sqrt(random()) * PROGRAMMES.length))]!;
    const subsidyId = newId(appliedAt);
    const subsidy = subsidyStream(subsidyId);
    const programme = programmeStream(programmeId);
    const approvedFen = intBetween(random, 10, 500) * 100_000;
    const approver = random() < 0.5 ? 'm-1' : 'm-2';
    tally.applications += 1;
    yield at(appliedAt, subsidy, 'SubsidyApplied', { subsidyId, programmeId, enterpriseId: firm.id, requestedFen: approvedFen, appliedAt: iso(appliedAt) }, 'agent-01', 'agent');
    const decidedAt = appliedAt + 3 * DAY;
    yield at(decidedAt, programme, 'FundsCommitted', { subsidyId, enterpriseId: firm.id, amountFen: approvedFen, approverId: approver, committedAt: iso(decidedAt) }, approver, 'manager');
    if (chance(random, 0.001)) continue; // the approval crashed before it was written
    yield at(decidedAt, subsidy, 'SubsidyApproved', { approvedFen, approverId: approver, approvedAt: iso(decidedAt) }, approver, 'manager');
    yield at(decidedAt, programme, 'CommitmentConfirmed', { subsidyId, confirmedAt: iso(decidedAt) }, approver, 'manager');
    if (chance(random, 0.002)) {
      yield at(decidedAt + DAY, refusalStream(newId(decidedAt)), 'DisbursementRefused', { subsidyId, programmeId, enterpriseId: firm.id, actorId: approver, amountFen: approvedFen, paymentReference: `BOC-R-${application}`, code: 'approver-may-not-disburse', refusedAt: iso(decidedAt + DAY) }, approver, 'manager');
    }
    const tranches = intBetween(random, 1, 3);
    let disbursedFen = 0;
    for (let tranche = 1; tranche <= tranches && tally.payments < payments; tranche += 1) {
      const paidAt = decidedAt + tranche * 7 * DAY;
      const last = tranche === tranches;
      const amountFen = last ? approvedFen - disbursedFen + (chance(random, 0.001) ? 100_000 : 0) : Math.floor(approvedFen / tranches);
      const reused = references.length > 0 && chance(random, 0.003);
      const paymentReference = reused ? references[intBetween(random, 0, references.length - 1)]! : `BOC-${String(tally.payments).padStart(9, '0')}`;
      references.push(paymentReference);
      disbursedFen += amountFen;
      tally.payments += 1;
      yield at(paidAt, subsidy, 'SubsidyDisbursed', { amountFen, paymentReference, disbursedBy: 'f-1', disbursedAt: iso(paidAt) }, 'f-1', 'finance');
      yield at(paidAt, programme, 'FundsDisbursed', { subsidyId, enterpriseId: firm.id, amountFen, disbursedTotalFen: disbursedFen, recordedAt: iso(paidAt) }, 'f-1', 'finance');
    }
    if (chance(random, 0.01)) {
      const clawedAt = decidedAt + 60 * DAY;
      tally.clawbacks += 1;
      yield at(clawedAt, subsidy, 'SubsidyClawedBack', { amountFen: 100_000, reason: '虚报产值', clawedBackAt: iso(clawedAt) }, 'm-1', 'manager');
      yield at(clawedAt, programme, 'FundsClawedBack', { subsidyId, enterpriseId: firm.id, amountFen: 100_000, clawedBackTotalFen: 100_000, recordedAt: iso(clawedAt) }, 'm-1', 'manager');
    }
  }
}
