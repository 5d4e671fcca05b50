import type { DisbursementRefused } from '../../domain/subsidy/refusal';
import type { RecordedEvent } from '../../eventstore/event-store';
import type { DocumentUpdate } from '../projection';
import { anomaly } from './anomaly';

const APPROVER_MAY_NOT_DISBURSE = 'approver-may-not-disburse';

/** An officer who tried to disburse what they approved: refused, and kept for the audit. */
export function refusalUpdates(recorded: RecordedEvent): DocumentUpdate[] {
  if (recorded.type !== 'DisbursementRefused') return [];
  const { subsidyId, programmeId, enterpriseId, actorId, amountFen, paymentReference, code, refusedAt } = recorded.data as DisbursementRefused['data'];
  if (code !== APPROVER_MAY_NOT_DISBURSE) return [];
  return [
    anomaly('approver-disburser-attempt', recorded, {
      at: refusedAt,
      listed: true,
      subsidyId,
      programmeId,
      enterpriseId,
      amountFen,
      actorId,
      detail: { paymentReference, code },
    }),
  ];
}
