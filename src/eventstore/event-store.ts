/** Revision a writer expects the stream to be at; revisions count from 0 as in EventStoreDB. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

/** Global position in the whole log: increases with every event, never reused. */
export type Position = number;

export interface EventMetadata {
  actorId: string;
  actorRole: string;
  correlationId: string;
  causationId: string | null;
  occurredAt: string;
}

/** Metadata once stored: the envelope's hash chain is added by the store at append time. */
export interface RecordedMetadata extends EventMetadata {
  previousHash: string | null;
  hash: string;
}

export interface NewEvent {
  id: string;
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
  metadata: EventMetadata;
}

export interface RecordedEvent {
  id: string;
  streamName: string;
  revision: number;
  position: Position;
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
  metadata: RecordedMetadata;
}

export interface AppendResult {
  /** Revision of the last event now in the stream (what to expect on the next append). */
  nextExpectedRevision: number;
  /** Position of the last event of this append. */
  position: Position;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  fromRevision?: number | 'start' | 'end';
  maxCount?: number;
}

/** Events pass when they match any prefix and any type given; an empty filter passes all. */
export interface EventFilter {
  streamPrefixes?: readonly string[];
  eventTypes?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Omit to start at the beginning. */
  after?: Position;
  maxCount?: number;
  filter?: EventFilter;
}

export interface ReadAllPage {
  events: RecordedEvent[];
  /** How far the log was scanned, filtered-out events included; resume from here. */
  scannedTo: Position | undefined;
  /** True when the page reached the end of the log as it stood when read. */
  isEnd: boolean;
}

export interface SubscriptionBatch {
  events: RecordedEvent[];
  /** Position the subscription has scanned through (checkpoint candidate). */
  position: Position | undefined;
  /** True once the subscription has caught up with the log and follows it live. */
  live: boolean;
}

export interface SubscribeOptions {
  after?: Position;
  filter?: EventFilter;
  batchSize?: number;
}

export interface Subscription {
  /** Settles when the subscription stops: resolves on close(), rejects with the handler's or store's error. */
  readonly done: Promise<void>;
  close(): Promise<void>;
}

export type BatchHandler = (batch: SubscriptionBatch) => Promise<void>;

export interface EventStore {
  appendToStream(stream: string, events: readonly NewEvent[], options?: { expectedRevision?: ExpectedRevision }): Promise<AppendResult>;
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** The revision of the stream's last event, -1 when it has none: whether a stream grew, without reading an event. */
  streamRevision(stream: string): Promise<number>;
  readAll(options?: ReadAllOptions): Promise<ReadAllPage>;
  subscribeToAll(options: SubscribeOptions, handler: BatchHandler): Subscription;
  /** Position of the newest event in the log, undefined when empty. */
  headPosition(): Promise<Position | undefined>;
  close(): Promise<void>;
}

export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${stream} expected at ${String(expected)} but is at ${String(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** A stored event that cannot be read back as written (damaged storage). */
export class CorruptEventError extends Error {
  constructor(
    readonly position: Position,
    readonly stream: string,
    readonly revision: number,
    cause: unknown,
  ) {
    super(`Event at position ${position} (${stream}@${revision}) cannot be read: ${String(cause)}`);
    this.name = 'CorruptEventError';
  }
}

export function matchesFilter(event: Pick<RecordedEvent, 'streamName' | 'type'>, filter: EventFilter | undefined): boolean {
  if (!filter) return true;
  const { streamPrefixes, eventTypes } = filter;
  if (streamPrefixes?.length && !streamPrefixes.some((prefix) => event.streamName.startsWith(prefix))) return false;
  if (eventTypes?.length && !eventTypes.includes(event.type)) return false;
  return true;
}
