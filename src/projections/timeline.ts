import { ENTERPRISE_STREAM_PREFIX } from '../domain/enterprise/enterprise';
import { SUBSIDY_STREAM_PREFIX } from '../domain/subsidy/subsidy';
import type { RecordedEvent } from '../eventstore/event-store';
import type { DocumentUpdate, Lookup, Projection } from './projection';
import { enterpriseSummaries } from './summaries/enterprise-summaries';
import { subsidySummaries } from './summaries/subsidy-summaries';
import type { Summarizer } from './summaries/summary';

export const TIMELINE = 'timeline';
/** Lookups: the firm each application is for, named only by the application's first event. */
const TIMELINE_SUBSIDIES = 'timeline-subsidies';

const summarizers: Record<string, Summarizer> = { ...enterpriseSummaries, ...subsidySummaries };

/** The firm's service history: one entry per event about it or its applications, with a readable summary. */
export const timelineProjection: Projection = {
  name: 'timeline',
  filter: { streamPrefixes: [ENTERPRISE_STREAM_PREFIX, SUBSIDY_STREAM_PREFIX] },
  collections: { [TIMELINE]: [{ keys: { enterpriseId: 1 } }], [TIMELINE_SUBSIDIES]: [] },
  project(event, lookup) {
    const summarize = summarizers[event.type];
    if (!summarize) return [];
    if (event.streamName.startsWith(SUBSIDY_STREAM_PREFIX)) return subsidyEntries(event, summarize, lookup);
    return [timelineEntry(event, event.streamName.slice(ENTERPRISE_STREAM_PREFIX.length), summarize)];
  },
};

async function subsidyEntries(event: RecordedEvent, summarize: Summarizer, lookup: Lookup): Promise<DocumentUpdate[]> {
  const subsidyId = event.streamName.slice(SUBSIDY_STREAM_PREFIX.length);
  if (event.type === 'SubsidyApplied') {
    const enterpriseId = String(event.data['enterpriseId']);
    return [timelineEntry(event, enterpriseId, summarize), { collection: TIMELINE_SUBSIDIES, id: subsidyId, update: { $set: { enterpriseId } } }];
  }
  const application = await lookup(TIMELINE_SUBSIDIES, subsidyId);
  return application ? [timelineEntry(event, String(application['enterpriseId']), summarize)] : [];
}

function timelineEntry(event: RecordedEvent, enterpriseId: string, summarize: Summarizer): DocumentUpdate {
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
  return { collection: TIMELINE, id: event.id, update: { $set: entry } };
}
