import type { RecordedEvent } from '../../eventstore/event-store';
import type { DocumentUpdate } from '../projection';
import { anomaly, type AnomalyFacts } from './anomaly';
import type { AuditSubsidy } from './audit-subsidy';
import type { FirmStanding } from './firm-standing';

export interface FirstUse {
  subsidyId: string;
  eventId: string;
  paidAt: string;
}

export interface Payment {
  subsidyId: string;
  amountFen: number;
  paymentReference: string;
  disbursedBy: string;
  paidAt: string;
}

/** What is wrong with a payment, judged by what the audit knew when it was made. */
export function paymentAnomalies(
  recorded: RecordedEvent,
  payment: Payment,
  subsidy: AuditSubsidy,
  firm: Partial<FirmStanding> | null,
  firstUse: FirstUse | null,
): DocumentUpdate[] {
  const facts = (detail: Record<string, unknown>): AnomalyFacts => ({
    at: payment.paidAt,
    listed: true,
    subsidyId: payment.subsidyId,
    programmeId: subsidy.programmeId,
    enterpriseId: subsidy.enterpriseId,
    amountFen: payment.amountFen,
    actorId: payment.disbursedBy,
    detail: { paymentReference: payment.paymentReference, ...detail },
  });
  const found: DocumentUpdate[] = [];
  const disbursedTotalFen = subsidy.disbursedFen + payment.amountFen;
  if (!subsidy.approval) {
    found.push(anomaly('payment-past-approval', recorded, facts({ reason: 'not-approved', approvedFen: 0, disbursedTotalFen })));
  } else if (disbursedTotalFen > subsidy.approvedFen) {
    found.push(anomaly('payment-past-approval', recorded, facts({ reason: 'exceeds-approval', approvedFen: subsidy.approvedFen, disbursedTotalFen })));
  }
  if (firstUse) found.push(anomaly('duplicate-payment-reference', recorded, facts({ firstUse })));
  if (firm?.blacklisted) found.push(anomaly('payment-to-blacklisted-firm', recorded, facts({ blacklistedAt: firm.blacklistedAt })));
  if (firm?.deregistered) found.push(anomaly('payment-to-deregistered-firm', recorded, facts({ deregisteredAt: firm.deregisteredAt })));
  return found;
}
