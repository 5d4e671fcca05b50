import type { EventFilter, RecordedEvent } from '../eventstore/event-store';
import type { IndexSpec, Update } from '../readstore/read-store';

/** One document to change because of one event. A projection changes a document at most once per event. */
export interface DocumentUpdate {
  collection: string;
  id: string;
  update: Update;
}

/** A read model: which events it reads, which collections it owns, and a pure mapping from an event to updates. */
export interface Projection {
  name: string;
  filter: EventFilter;
  collections: Record<string, readonly IndexSpec[]>;
  project(event: RecordedEvent): DocumentUpdate[];
}

/** The field every projected document carries: the position of the last event applied to it. */
export const POSITION_FIELD = '_position';
