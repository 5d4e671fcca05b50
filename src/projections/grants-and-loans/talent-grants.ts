import { shanghaiDate } from '../../domain/programme/calendar-date';
import type { TalentEvent } from '../../domain/talent/events';
import { TALENT_STREAM_PREFIX } from '../../domain/talent/talent';
import type { Document } from '../../readstore/read-store';
import type { Projection } from '../projection';

export const TALENT_GRANTS = 'talent-grants';

interface SuspensionView {
  from: string;
  to: string | null;
  reason: string;
}

/**
 * Talent grants as their streams have them: terms, status and what was paid. The identity number
 * is kept only as the event sealed it; reads open it with the person's key, so erasing the key
 * leaves nothing readable here. Written with top-level `$set` only, as it is read back to close a suspension.
 */
export const talentGrantsProjection: Projection = {
  name: 'talent-grants',
  filter: { streamPrefixes: [TALENT_STREAM_PREFIX] },
  collections: {
    [TALENT_GRANTS]: [{ keys: { enterpriseId: 1, awardedAt: -1 } }, { keys: { awardedAt: -1 } }, { keys: { status: 1 } }, { keys: { 'person.personId': 1 } }],
  },
  async project(recorded, lookup) {
    const id = recorded.streamName.slice(TALENT_STREAM_PREFIX.length);
    const event = { type: recorded.type, data: recorded.data } as TalentEvent;
    const grant = event.type === 'TalentGrantAwarded' ? null : await lookup(TALENT_GRANTS, id);
    const fields = grantFields(event, grant);
    if (!fields) return [];
    return [{ collection: TALENT_GRANTS, id, update: { $set: { ...fields, revision: recorded.revision, updatedAt: recorded.metadata.occurredAt } } }];
  },
};

function grantFields(event: TalentEvent, grant: Document | null): Record<string, unknown> | undefined {
  switch (event.type) {
    case 'TalentGrantAwarded': {
      const { talentId: _id, ...terms } = event.data;
      return { ...terms, status: 'active', housingPaidAt: null, housingPaidBy: null, monthsPaid: 0, allowancePaidFen: 0, suspensions: [], ending: null };
    }
    case 'HousingSubsidyPaid':
      return { housingPaidAt: event.data.paidAt, housingPaidBy: event.data.paidBy };
    case 'MonthlyAllowancePaid':
      return grant ? { monthsPaid: event.data.month, allowancePaidFen: Number(grant['allowancePaidFen']) + event.data.amountFen } : undefined;
    case 'TalentGrantSuspended': {
      const suspension: SuspensionView = { from: shanghaiDate(event.data.suspendedAt), to: null, reason: event.data.reason };
      return grant ? { status: 'suspended', suspensions: [...suspensionsOf(grant), suspension] } : undefined;
    }
    case 'TalentGrantResumed': {
      const to = shanghaiDate(event.data.resumedAt);
      return grant ? { status: 'active', suspensions: suspensionsOf(grant).map((s) => (s.to === null ? { ...s, to } : s)) } : undefined;
    }
    case 'TalentGrantEnded':
      return { status: 'ended', ending: event.data };
    default:
      return undefined;
  }
}

const suspensionsOf = (grant: Document): SuspensionView[] => (grant['suspensions'] as SuspensionView[] | undefined) ?? [];
