import { ENTERPRISE_STREAM_PREFIX } from '../domain/enterprise/enterprise';
import type { Projection } from './projection';
import { enterpriseSummaries } from './summaries/enterprise-summaries';
import type { Summarizer } from './summaries/summary';

export const TIMELINE = 'timeline';

const summarizers: Record<string, Summarizer> = { ...enterpriseSummaries };

/** The firm's service history: one entry per event about it, with a readable summary. */
export const timelineProjection: Projection = {
  name: 'timeline',
  filter: { streamPrefixes: [ENTERPRISE_STREAM_PREFIX] },
  collections: { [TIMELINE]: [{ keys: { enterpriseId: 1 } }] },
  project(event) {
    const summarize = summarizers[event.type];
    if (!summarize) return [];
    const enterpriseId = event.streamName.slice(ENTERPRISE_STREAM_PREFIX.length);
    const entry = {
      enterpriseId,
      stream: event.streamName,
      revision: event.revision,
      position: event.position,
      type: event.type,
      occurredAt: event.metadata.occurredAt,
      actor: { id: event.metadata.actorId, role: event.metadata.actorRole },
      summary: summarize(event),
      hash: event.metadata.hash,
    };
    return [{ collection: TIMELINE, id: event.id, update: { $set: entry } }];
  },
};
