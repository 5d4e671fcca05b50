import type { RecordedEvent } from '../../eventstore/event-store';

/** A readable line about an event, in Chinese and in English. */
export interface Summary {
  zh: string;
  en: string;
}

export type Summarizer = (event: RecordedEvent) => Summary;
