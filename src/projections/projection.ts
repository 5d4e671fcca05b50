import type { EventFilter, RecordedEvent } from '../eventstore/event-store';
import type { Document, IndexSpec, Update } from '../readstore/read-store';

/** One document to change because of one event. A projection changes a document at most once per event. */
export interface DocumentUpdate {
  collection: string;
  id: string;
  update: Update;
}

/**
 * A document of the projection's own collections as the events before the current one left it,
 * null when there is none. Documents read this way are written with top-level `$set` only. An
 * event applied twice is recognised by a looked-up document already carrying its position, so a
 * projection that derives a figure from a document (a running total) writes that document back.
 */
export type Lookup = (collection: string, id: string) => Promise<Document | null>;

/**
 * A read model: which events it reads, which collections it owns, and a mapping from an event to
 * updates. Most map the event alone; one that joins facts from several streams (a payment and
 * the approval before it) looks up what earlier events left in its own collections.
 */
export interface Projection {
  name: string;
  filter: EventFilter;
  collections: Record<string, readonly IndexSpec[]>;
  project(event: RecordedEvent, lookup: Lookup): DocumentUpdate[] | Promise<DocumentUpdate[]>;
}

/** The field every projected document carries: the position of the last event applied to it. */
export const POSITION_FIELD = '_position';
