import type { RecordedEvent } from '../../eventstore/event-store';
import type { DocumentUpdate } from '../projection';
import { ANOMALIES } from './audit-collections';
import { eventRef } from './event-ref';

export const ANOMALY_KINDS = [
  'payment-past-approval',
  'duplicate-payment-reference',
  'payment-to-blacklisted-firm',
  'payment-to-deregistered-firm',
  'approver-disburser-attempt',
  'commitment-left-open',
] as const;
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];

export interface AnomalyFacts {
  /** The instant from which it counts as an anomaly. */
  at: string;
  /** False for a watched fact that turned out well (a commitment confirmed in time): kept, not listed. */
  listed: boolean;
  subsidyId: string;
  programmeId: string | null;
  enterpriseId: string | null;
  amountFen: number;
  actorId: string;
  detail: Record<string, unknown>;
}

export const anomalyId = (kind: AnomalyKind, eventId: string): string => `${kind}:${eventId}`;

/** An anomaly revealed by `event`, which the document names as its evidence. */
export function anomaly(kind: AnomalyKind, event: RecordedEvent, facts: AnomalyFacts): DocumentUpdate {
  return { collection: ANOMALIES, id: anomalyId(kind, event.id), update: { $set: { kind, ...facts, evidence: eventRef(event) } } };
}
