import type { ProgrammeEvent } from '../../domain/programme/events';
import { PROGRAMME_STREAM_PREFIX } from '../../domain/programme/programme';
import { COMMITMENT_REPAIR_AFTER_MS } from '../../domain/subsidy/commitment-repair';
import type { RecordedEvent } from '../../eventstore/event-store';
import type { DocumentUpdate, Lookup } from '../projection';
import { anomaly, anomalyId } from './anomaly';
import { ANOMALIES, AUDIT_SUBSIDIES } from './audit-collections';
import { auditSubsidy, auditSubsidyUpdate } from './audit-subsidy';
import { eventRef } from './event-ref';

const plusRepairThreshold = (instant: string): string => new Date(Date.parse(instant) + COMMITMENT_REPAIR_AFTER_MS).toISOString();

/**
 * Every commitment is watched from the moment it is made: one still open when the repair
 * threshold has passed was left by a crash, and stays on the list even once repaired.
 */
export async function commitmentUpdates(recorded: RecordedEvent, lookup: Lookup): Promise<DocumentUpdate[]> {
  const event = { type: recorded.type, data: recorded.data } as ProgrammeEvent;
  switch (event.type) {
    case 'FundsCommitted': {
      const { subsidyId, enterpriseId, amountFen, approverId, committedAt } = event.data;
      const programmeId = recorded.streamName.slice(PROGRAMME_STREAM_PREFIX.length);
      return [
        auditSubsidyUpdate(subsidyId, { commitment: eventRef(recorded), committedAt }),
        anomaly('commitment-left-open', recorded, {
          at: plusRepairThreshold(committedAt),
          listed: true,
          subsidyId,
          programmeId,
          enterpriseId,
          amountFen,
          actorId: approverId,
          detail: { committedAt, resolution: null, resolvedAt: null },
        }),
      ];
    }
    case 'CommitmentConfirmed':
      return resolved(event.data.subsidyId, 'confirmed', event.data.confirmedAt, lookup);
    case 'CommitmentReleased':
      return resolved(event.data.subsidyId, 'released', event.data.releasedAt, lookup);
    default:
      return [];
  }
}

async function resolved(subsidyId: string, resolution: 'confirmed' | 'released', resolvedAt: string, lookup: Lookup): Promise<DocumentUpdate[]> {
  const { commitment, committedAt } = auditSubsidy(await lookup(AUDIT_SUBSIDIES, subsidyId));
  if (!commitment || !committedAt) return [];
  const leftOpen = Date.parse(resolvedAt) - Date.parse(committedAt) >= COMMITMENT_REPAIR_AFTER_MS;
  return [
    {
      collection: ANOMALIES,
      id: anomalyId('commitment-left-open', commitment.id),
      update: { $set: { listed: leftOpen, detail: { committedAt, resolution, resolvedAt } } },
    },
  ];
}
