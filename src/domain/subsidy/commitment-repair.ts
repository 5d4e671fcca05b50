import type { ConfirmCommitment, ReleaseCommitment } from '../programme/commands';
import type { Commitment } from '../programme/state';
import type { SubsidyState } from './state';

/**
 * An approval commits funds on the programme, writes the approval, then confirms the commitment.
 * A commitment still open this long after it was made was left by a crash between those writes;
 * younger ones may belong to an approval still under way.
 */
export const COMMITMENT_REPAIR_AFTER_MS = 5 * 60 * 1000;

/**
 * What repairs a commitment left open: confirm it when the application carries the approval it
 * was made for, else give its funds back (the manager may approve again). Null: nothing to do yet.
 */
export function commitmentRepair(subsidyId: string, commitment: Commitment, application: SubsidyState, now: string): ConfirmCommitment | ReleaseCommitment | null {
  if (commitment.status !== 'open' || Date.parse(now) - Date.parse(commitment.committedAt) < COMMITMENT_REPAIR_AFTER_MS) return null;
  if (application.approverId !== null) return { type: 'ConfirmCommitment', subsidyId };
  return { type: 'ReleaseCommitment', subsidyId, reason: application.status === 'rejected' ? 'application-rejected' : 'approval-not-written' };
}
