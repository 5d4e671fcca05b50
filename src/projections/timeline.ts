import { ENTERPRISE_STREAM_PREFIX } from '../domain/enterprise/enterprise';
import { LOAN_STREAM_PREFIX } from '../domain/loan/loan';
import { SUBSIDY_STREAM_PREFIX } from '../domain/subsidy/subsidy';
import { TALENT_STREAM_PREFIX } from '../domain/talent/talent';
import { TASK_STREAM_PREFIX } from '../domain/task/task';
import type { RecordedEvent } from '../eventstore/event-store';
import type { DocumentUpdate, Lookup, Projection } from './projection';
import { enterpriseSummaries } from './summaries/enterprise-summaries';
import { loanSummaries } from './summaries/loan-summaries';
import { subsidySummaries } from './summaries/subsidy-summaries';
import type { Summarizer } from './summaries/summary';
import { talentSummaries } from './summaries/talent-summaries';
import { taskSummaries } from './summaries/task-summaries';

export const TIMELINE = 'timeline';

/** A stream about a firm that names it only in its first event (one of a few kinds), and the lookup that remembers which firm. */
interface FirmItemStream {
  prefix: string;
  firstEvents: readonly string[];
  lookup: string;
}

const FIRM_ITEM_STREAMS: readonly FirmItemStream[] = [
  { prefix: SUBSIDY_STREAM_PREFIX, firstEvents: ['SubsidyApplied'], lookup: 'timeline-subsidies' },
  { prefix: TASK_STREAM_PREFIX, firstEvents: ['TaskOpened'], lookup: 'timeline-tasks' },
  { prefix: TALENT_STREAM_PREFIX, firstEvents: ['TalentGrantAwarded'], lookup: 'timeline-talent-grants' },
  { prefix: LOAN_STREAM_PREFIX, firstEvents: ['CreditLineGranted', 'LoanApplied'], lookup: 'timeline-loans' },
];

const summarizers: Record<string, Summarizer> = { ...enterpriseSummaries, ...subsidySummaries, ...taskSummaries, ...talentSummaries, ...loanSummaries };

/** The firm's service history: one entry per event about it, its applications or its tasks, with a readable summary. */
export const timelineProjection: Projection = {
  name: 'timeline',
  filter: { streamPrefixes: [ENTERPRISE_STREAM_PREFIX, ...FIRM_ITEM_STREAMS.map((stream) => stream.prefix)] },
  collections: {
    [TIMELINE]: [{ keys: { enterpriseId: 1 } }],
    ...Object.fromEntries(FIRM_ITEM_STREAMS.map((stream) => [stream.lookup, []])),
  },
  project(event, lookup) {
    const summarize = summarizers[event.type];
    if (!summarize) return [];
    const itemStream = FIRM_ITEM_STREAMS.find((stream) => event.streamName.startsWith(stream.prefix));
    if (itemStream) return itemEntries(event, itemStream, summarize, lookup);
    return [timelineEntry(event, event.streamName.slice(ENTERPRISE_STREAM_PREFIX.length), summarize)];
  },
};

async function itemEntries(event: RecordedEvent, stream: FirmItemStream, summarize: Summarizer, lookup: Lookup): Promise<DocumentUpdate[]> {
  const itemId = event.streamName.slice(stream.prefix.length);
  if (stream.firstEvents.includes(event.type)) {
    const enterpriseId = String(event.data['enterpriseId']);
    return [timelineEntry(event, enterpriseId, summarize), { collection: stream.lookup, id: itemId, update: { $set: { enterpriseId } } }];
  }
  const item = await lookup(stream.lookup, itemId);
  return item ? [timelineEntry(event, String(item['enterpriseId']), summarize)] : [];
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
