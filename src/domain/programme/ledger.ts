import type { CommandContext } from '../decider';
import { DomainError } from '../domain-error';
import { assertFen } from '../money';
import type { CommitFunds, ConfirmCommitment, RecordPaymentTotals, ReleaseCommitment } from './commands';
import type { ProgrammeEvent } from './events';
import { assertProgrammeOpen, commitmentFor, committedForEnterprise, remainingFen, type Commitment, type ProgrammeState } from './state';

type LedgerCommand = CommitFunds | ConfirmCommitment | ReleaseCommitment | RecordPaymentTotals;

/** Budget and caps span many applications, so the programme's stream is their ledger. */
export function decideLedger(command: LedgerCommand, state: ProgrammeState, { now, actor }: CommandContext): ProgrammeEvent[] {
  switch (command.type) {
    case 'CommitFunds':
      return commit(command, state, now, actor.id);
    case 'ConfirmCommitment': {
      const commitment = existingCommitment(state, command.subsidyId);
      if (commitment.status === 'confirmed') return [];
      if (commitment.status === 'released') throw commitmentReleased(command.subsidyId);
      return [{ type: 'CommitmentConfirmed', data: { subsidyId: command.subsidyId, confirmedAt: now } }];
    }
    case 'ReleaseCommitment': {
      const { status, enterpriseId, amountFen } = existingCommitment(state, command.subsidyId);
      if (status === 'released') return [];
      if (status === 'confirmed') {
        throw new DomainError('commitment-confirmed', 'The approval was written: its commitment stays', { subsidyId: command.subsidyId });
      }
      return [{ type: 'CommitmentReleased', data: { subsidyId: command.subsidyId, enterpriseId, amountFen, reason: command.reason, releasedAt: now } }];
    }
    case 'RecordPaymentTotals':
      return recordPaymentTotals(command, state, now);
  }
}

function commit(command: CommitFunds, state: ProgrammeState, now: string, approverId: string): ProgrammeEvent[] {
  const { subsidyId, enterpriseId } = command;
  const amountFen = assertFen(command.amountFen, 'amountFen', { allowZero: false });
  const existing = commitmentFor(state, subsidyId);
  if (existing && existing.status !== 'released') {
    if (existing.amountFen === amountFen && existing.enterpriseId === enterpriseId) return []; // a retried approval finds its own commitment
    throw new DomainError('commitment-exists', 'Funds are already committed for this application', { subsidyId, committedFen: existing.amountFen });
  }
  assertProgrammeOpen(state);
  if (amountFen > remainingFen(state)) {
    throw new DomainError('budget-exceeded', 'The programme budget cannot cover this amount', { field: 'amountFen', remainingFen: remainingFen(state) });
  }
  const capFen = state.terms!.capPerEnterpriseFen;
  const firmCommittedFen = committedForEnterprise(state, enterpriseId);
  if (firmCommittedFen + amountFen > capFen) {
    throw new DomainError('cap-exceeded', "The firm's total in this programme would exceed the cap per firm", { field: 'amountFen', capFen, committedFen: firmCommittedFen });
  }
  return [{ type: 'FundsCommitted', data: { subsidyId, enterpriseId, amountFen, approverId, committedAt: now } }];
}

function recordPaymentTotals(command: RecordPaymentTotals, state: ProgrammeState, now: string): ProgrammeEvent[] {
  const { subsidyId } = command;
  const commitment = existingCommitment(state, subsidyId);
  if (commitment.status === 'released') throw commitmentReleased(subsidyId);
  // A total lower than the one recorded comes from a stale read: the ledger keeps the higher.
  const disbursedTotalFen = Math.max(commitment.disbursedFen, assertFen(command.disbursedFen, 'disbursedFen'));
  const clawedBackTotalFen = Math.max(commitment.clawedBackFen, assertFen(command.clawedBackFen, 'clawedBackFen'));
  if (disbursedTotalFen > commitment.amountFen) {
    throw new DomainError('disbursement-exceeds-commitment', 'More would be disbursed than was committed for this application', { subsidyId, committedFen: commitment.amountFen });
  }
  if (clawedBackTotalFen > disbursedTotalFen) {
    throw new DomainError('clawback-exceeds-disbursed', 'More would be clawed back than was disbursed', { subsidyId, disbursedFen: disbursedTotalFen });
  }
  const { enterpriseId } = commitment;
  const events: ProgrammeEvent[] = [];
  // A payment proves the approval was written.
  if (commitment.status === 'open' && disbursedTotalFen > 0) events.push({ type: 'CommitmentConfirmed', data: { subsidyId, confirmedAt: now } });
  if (disbursedTotalFen > commitment.disbursedFen) {
    const amountFen = disbursedTotalFen - commitment.disbursedFen;
    events.push({ type: 'FundsDisbursed', data: { subsidyId, enterpriseId, amountFen, disbursedTotalFen, recordedAt: now } });
  }
  if (clawedBackTotalFen > commitment.clawedBackFen) {
    const amountFen = clawedBackTotalFen - commitment.clawedBackFen;
    events.push({ type: 'FundsClawedBack', data: { subsidyId, enterpriseId, amountFen, clawedBackTotalFen, recordedAt: now } });
  }
  return events;
}

function existingCommitment(state: ProgrammeState, subsidyId: string): Commitment {
  const commitment = commitmentFor(state, subsidyId);
  if (!commitment) throw new DomainError('commitment-not-found', 'No funds are committed for this application', { subsidyId });
  return commitment;
}

const commitmentReleased = (subsidyId: string): DomainError =>
  new DomainError('commitment-released', 'The commitment for this application was released', { subsidyId });
