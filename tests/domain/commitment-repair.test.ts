import type { CommandContext } from '../../src/domain/decider';
import type { ProgrammeCommand } from '../../src/domain/programme/commands';
import type { ProgrammeEvent } from '../../src/domain/programme/events';
import { programmeDecider } from '../../src/domain/programme/programme';
import { commitmentFor, openCommitments, remainingFen, type ProgrammeState } from '../../src/domain/programme/state';
import { COMMITMENT_REPAIR_AFTER_MS, commitmentRepair } from '../../src/domain/subsidy/commitment-repair';
import type { SubsidyEvent } from '../../src/domain/subsidy/events';
import { subsidyDecider } from '../../src/domain/subsidy/subsidy';
import type { SubsidyState } from '../../src/domain/subsidy/state';
import { testContext } from '../support/decider-spec';
import { programmePublication } from '../support/programme-publication';

const approvalAt = '2026-03-02T02:00:00.000Z';
const repairAt = new Date(Date.parse(approvalAt) + COMMITMENT_REPAIR_AFTER_MS).toISOString();
const repairer = testContext({ now: repairAt, actor: { id: 'commitment-repair', role: 'admin' } });

const published: ProgrammeEvent = {
  type: 'ProgrammePublished',
  data: {
    programmeId: 'p-1',
    ...programmePublication(),
    deferredAmountDueOn: null,
    publishedAt: '2026-01-01T00:00:00.000Z',
  },
};
const applied: SubsidyEvent = { type: 'SubsidyApplied', data: { subsidyId: 's-1', programmeId: 'p-1', enterpriseId: 'e-1', requestedFen: 400_000, appliedAt: approvalAt } };

const programmeAfter = (state: ProgrammeState, command: ProgrammeCommand, context: CommandContext): ProgrammeState =>
  programmeDecider.decide(command, state, context).reduce(programmeDecider.evolve, state);
const subsidyOf = (events: SubsidyEvent[]): SubsidyState => events.reduce(subsidyDecider.evolve, subsidyDecider.initialState);

/** The approval's first write, funds committed on the programme, and then the crash. */
const committed = programmeAfter(programmeDecider.evolve(programmeDecider.initialState, published), { type: 'CommitFunds', subsidyId: 's-1', enterpriseId: 'e-1', amountFen: 400_000 }, testContext({ now: approvalAt }));
const commitment = commitmentFor(committed, 's-1')!;

describe('repairing a commitment left open by a crash', () => {
  it('shows the commitment as open on the ledger', () => {
    expect(openCommitments(committed).map(([subsidyId]) => subsidyId)).toEqual(['s-1']);
    expect(remainingFen(committed)).toBe(600_000);
  });

  it('leaves a young commitment alone: its approval may still be under way', () => {
    expect(commitmentRepair('s-1', commitment, subsidyOf([applied]), new Date(Date.parse(repairAt) - 1).toISOString())).toBeNull();
  });

  it('releases the funds when the approval was never written', () => {
    const repair = commitmentRepair('s-1', commitment, subsidyOf([applied]), repairAt)!;
    expect(repair).toEqual({ type: 'ReleaseCommitment', subsidyId: 's-1', reason: 'approval-not-written' });
    const repaired = programmeAfter(committed, repair, repairer);
    expect(openCommitments(repaired)).toEqual([]);
    expect(remainingFen(repaired)).toBe(1_000_000);
  });

  it('releases the funds of an application rejected meanwhile', () => {
    const rejected: SubsidyEvent = { type: 'SubsidyRejected', data: { reason: '不符合条件', rejectedAt: approvalAt } };
    expect(commitmentRepair('s-1', commitment, subsidyOf([applied, rejected]), repairAt)).toEqual({ type: 'ReleaseCommitment', subsidyId: 's-1', reason: 'application-rejected' });
  });

  it('completes the commitment when the approval was written but not confirmed', () => {
    const approved: SubsidyEvent = { type: 'SubsidyApproved', data: { approvedFen: 400_000, approverId: 'm-1', approvedAt: approvalAt } };
    const repair = commitmentRepair('s-1', commitment, subsidyOf([applied, approved]), repairAt)!;
    expect(repair).toEqual({ type: 'ConfirmCommitment', subsidyId: 's-1' });
    const repaired = programmeAfter(committed, repair, repairer);
    expect(openCommitments(repaired)).toEqual([]);
    expect(remainingFen(repaired)).toBe(600_000);
  });

  it('has nothing to do for a confirmed or released commitment', () => {
    expect(commitmentRepair('s-1', { ...commitment, status: 'confirmed' }, subsidyOf([applied]), repairAt)).toBeNull();
    expect(commitmentRepair('s-1', { ...commitment, status: 'released' }, subsidyOf([applied]), repairAt)).toBeNull();
  });
});
