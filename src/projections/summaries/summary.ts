import type { RecordedEvent } from '../../eventstore/event-store';

/** A readable line about an event, in Chinese and in English. */
export interface Summary {
  zh: string;
  en: string;
}

export type Summarizer = (event: RecordedEvent) => Summary;

/** A summary for every event type of a stream, from the event's data. */
export type SummaryOf<Event extends { type: string; data: unknown }, Type extends Event['type']> = { [T in Type]: (data: Extract<Event, { type: T }>['data']) => Summary };

export const summarizersOf = <Event extends { type: string; data: unknown }, Type extends Event['type']>(summaries: SummaryOf<Event, Type>): Record<Type, Summarizer> =>
  Object.fromEntries(Object.entries(summaries).map(([type, summarize]) => [type, (event: RecordedEvent) => (summarize as (data: unknown) => Summary)(event.data)])) as Record<Type, Summarizer>;
