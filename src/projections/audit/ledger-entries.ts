import type { SubsidyEvent } from '../../domain/subsidy/events';
import { SUBSIDY_STREAM_PREFIX } from '../../domain/subsidy/subsidy';
import type { RecordedEvent } from '../../eventstore/event-store';
import { shanghaiMonth } from '../programmes';
import type { DocumentUpdate, Lookup } from '../projection';
import { AUDIT_FIRMS, AUDIT_REFERENCES, AUDIT_SUBSIDIES, DISBURSEMENTS } from './audit-collections';
import { auditSubsidy, auditSubsidyUpdate, type AuditSubsidy } from './audit-subsidy';
import { eventRef } from './event-ref';
import type { FirmStanding } from './firm-standing';
import { paymentAnomalies, type FirstUse } from './payment-anomalies';

interface Movement {
  kind: 'payment' | 'clawback';
  /** Negative for money recovered. */
  amountFen: number;
  paymentReference: string | null;
  reason: string | null;
  /** Who paid, or who recorded the recovery. */
  disburserId: string;
  paidAt: string;
}

/** The application's facts as the audit needs them, and a ledger entry each time its money moves. */
export async function ledgerUpdates(recorded: RecordedEvent, lookup: Lookup): Promise<DocumentUpdate[]> {
  const subsidyId = recorded.streamName.slice(SUBSIDY_STREAM_PREFIX.length);
  const event = { type: recorded.type, data: recorded.data } as SubsidyEvent;
  switch (event.type) {
    case 'SubsidyApplied':
      return [auditSubsidyUpdate(subsidyId, { programmeId: event.data.programmeId, enterpriseId: event.data.enterpriseId })];
    case 'SubsidyApproved': {
      const { approverId, approvedAt, approvedFen } = event.data;
      return [auditSubsidyUpdate(subsidyId, { approverId, approvedAt, approvedFen, approval: eventRef(recorded) })];
    }
    case 'SubsidyDisbursed': {
      const { amountFen, paymentReference, disbursedBy, disbursedAt } = event.data;
      const subsidy = auditSubsidy(await lookup(AUDIT_SUBSIDIES, subsidyId));
      const firm = subsidy.enterpriseId ? ((await lookup(AUDIT_FIRMS, subsidy.enterpriseId)) as Partial<FirmStanding> | null) : null;
      const firstUse = ((await lookup(AUDIT_REFERENCES, paymentReference))?.['firstUse'] ?? null) as FirstUse | null;
      const payment = { subsidyId, amountFen, paymentReference, disbursedBy, paidAt: disbursedAt };
      return [
        ledgerEntry(recorded, subsidyId, subsidy, { kind: 'payment', amountFen, paymentReference, reason: null, disburserId: disbursedBy, paidAt: disbursedAt }),
        auditSubsidyUpdate(subsidyId, { disbursedFen: subsidy.disbursedFen + amountFen }),
        ...(firstUse ? [] : [{ collection: AUDIT_REFERENCES, id: paymentReference, update: { $set: { firstUse: { subsidyId, eventId: recorded.id, paidAt: disbursedAt } } } }]),
        ...paymentAnomalies(recorded, payment, subsidy, firm, firstUse),
      ];
    }
    case 'SubsidyClawedBack': {
      const { amountFen, reason, clawedBackAt } = event.data;
      const subsidy = auditSubsidy(await lookup(AUDIT_SUBSIDIES, subsidyId));
      return [
        ledgerEntry(recorded, subsidyId, subsidy, { kind: 'clawback', amountFen: -amountFen, paymentReference: null, reason, disburserId: recorded.metadata.actorId, paidAt: clawedBackAt }),
        auditSubsidyUpdate(subsidyId, { clawedBackFen: subsidy.clawedBackFen + amountFen }),
      ];
    }
    default:
      return [];
  }
}

function ledgerEntry(recorded: RecordedEvent, subsidyId: string, subsidy: AuditSubsidy, movement: Movement): DocumentUpdate {
  const { programmeId, enterpriseId, approverId, approvedAt, approvedFen, approval, commitment } = subsidy;
  const entry = {
    ...movement,
    subsidyId,
    programmeId,
    enterpriseId,
    approverId,
    approvedAt,
    approvedFen,
    month: shanghaiMonth(movement.paidAt),
    /** Orders entries made at the same instant as the log did. */
    position: recorded.position,
    provenance: { entry: eventRef(recorded), approval, commitment },
  };
  return { collection: DISBURSEMENTS, id: recorded.id, update: { $set: entry } };
}
