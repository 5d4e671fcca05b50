import type { EnterpriseEvent } from '../../domain/enterprise/events';
import type { RecordedEvent } from '../../eventstore/event-store';
import type { DocumentUpdate } from '../projection';
import { AUDIT_FIRMS } from './audit-collections';
import { ENTERPRISE_STREAM_PREFIX } from '../../domain/enterprise/enterprise';

export interface FirmStanding {
  blacklisted: boolean;
  blacklistedAt: string | null;
  deregistered: boolean;
  deregisteredAt: string | null;
}

/** Whether a firm may be paid, kept from the few events that change it. */
export function firmStandingUpdates(recorded: RecordedEvent): DocumentUpdate[] {
  const event = { type: recorded.type, data: recorded.data } as EnterpriseEvent;
  const id = recorded.streamName.slice(ENTERPRISE_STREAM_PREFIX.length);
  const standing = (fields: Partial<FirmStanding>): DocumentUpdate[] => [{ collection: AUDIT_FIRMS, id, update: { $set: fields } }];
  switch (event.type) {
    case 'EnterpriseBlacklisted':
      return standing({ blacklisted: true, blacklistedAt: event.data.blacklistedAt });
    case 'BlacklistLifted':
      return standing({ blacklisted: false, blacklistedAt: null });
    case 'EnterpriseDeregistered':
      return standing({ deregistered: true, deregisteredAt: event.data.deregisteredAt });
    default:
      return [];
  }
}
