import { ENTERPRISE_STREAM_PREFIX } from '../domain/enterprise/enterprise';
import type { EnterpriseEvent } from '../domain/enterprise/events';
import type { Update } from '../readstore/read-store';
import type { Projection } from './projection';

export const ENTERPRISES = 'enterprises';

/** The firm's profile: who it is, where it stands, who looks after it, and its flags. */
export const enterprisesProjection: Projection = {
  name: 'enterprises',
  filter: { streamPrefixes: [ENTERPRISE_STREAM_PREFIX] },
  collections: {
    // Only what lists filter and sort on: the search on name or code (q) is a regex, which no index narrows.
    [ENTERPRISES]: [
      { keys: { agentId: 1 } },
      { keys: { township: 1 } },
      { keys: { status: 1 } },
      { keys: { registeredAt: 1 } },
      // Programme eligibility rules
      { keys: { industry: 1 } },
      { keys: { park: 1 } },
    ],
  },
  project(recorded) {
    const event = { type: recorded.type, data: recorded.data } as EnterpriseEvent;
    const update = profileUpdate(event);
    if (!update) return [];
    const id = recorded.streamName.slice(ENTERPRISE_STREAM_PREFIX.length);
    const stamp = { revision: recorded.revision, updatedAt: recorded.metadata.occurredAt };
    return [{ collection: ENTERPRISES, id, update: { ...update, $set: { ...(update.$set as object), ...stamp } } }];
  },
};

function profileUpdate(event: EnterpriseEvent): Update | undefined {
  switch (event.type) {
    case 'EnterpriseRegistered': {
      const { enterpriseId: _id, ...profile } = event.data;
      return {
        $set: {
          ...profile,
          status: 'registered',
          licence: null,
          starterKit: null,
          agentId: null,
          owners: [],
          blacklisted: false,
          blacklist: null,
          deregistration: null,
          flags: [],
        },
      };
    }
    case 'LicenceIssued':
      return { $set: { status: 'licensed', licence: event.data } };
    case 'StarterKitIssued':
      return { $set: { starterKit: event.data } };
    case 'ConciergeAssigned':
      return { $set: { agentId: event.data.agentId }, $push: { owners: { agentId: event.data.agentId, from: event.data.assignedAt } } };
    case 'EnterpriseBlacklisted':
      return { $set: { blacklisted: true, blacklist: event.data }, $addToSet: { flags: 'blacklisted' } };
    case 'BlacklistLifted':
      return { $set: { blacklisted: false, blacklist: null }, $pull: { flags: 'blacklisted' } };
    case 'EnterpriseDeregistered':
      return { $set: { status: 'deregistered', deregistration: event.data }, $addToSet: { flags: 'deregistered' } };
    case 'CreditMarked':
      return { $addToSet: { flags: 'credit-marked' } };
    case 'CreditRepaired':
      return { $pull: { flags: 'credit-marked' } };
    default:
      return undefined;
  }
}
