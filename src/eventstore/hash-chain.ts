import { hash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { NewEvent, RecordedEvent, RecordedMetadata } from './event-store';

export interface ChainLink {
  revision: number;
  hash: string;
}

export interface SealedEvent extends Omit<NewEvent, 'metadata'> {
  revision: number;
  metadata: RecordedMetadata;
}

type Hashable = Pick<RecordedEvent, 'id' | 'type' | 'schemaVersion' | 'data' | 'revision'> & {
  metadata: Omit<RecordedMetadata, 'hash'> & { hash?: string };
};

/** SHA-256 over the event's stream, revision, content and its predecessor's hash. */
export function hashEvent(stream: string, event: Hashable): string {
  const { hash: _ignored, ...metadata } = event.metadata;
  const content = canonicalJson({
    stream,
    revision: event.revision,
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata,
  });
  return hash('sha256', content, 'hex');
}

/** Gives each new event its revision and links it to the one before it. */
export function sealEvents(stream: string, tail: ChainLink | null, events: readonly NewEvent[]): SealedEvent[] {
  let previousHash = tail?.hash ?? null;
  let revision = tail ? tail.revision + 1 : 0;
  return events.map((event) => {
    const unsealed = { ...event, revision, metadata: { ...event.metadata, previousHash } };
    const hash = hashEvent(stream, unsealed);
    previousHash = hash;
    revision += 1;
    return { ...unsealed, metadata: { ...unsealed.metadata, hash } };
  });
}

export type ChainBreak =
  | { kind: 'hash-mismatch'; event: RecordedEvent }
  | { kind: 'broken-link'; event: RecordedEvent; expectedPreviousHash: string | null }
  | { kind: 'revision-gap'; event: RecordedEvent; expectedRevision: number };

/** Walks events of many streams in log order and reports the first break in each stream. */
export class ChainVerifier {
  private readonly tails = new Map<string, ChainLink>();
  private readonly broken = new Set<string>();
  eventsChecked = 0;

  check(event: RecordedEvent): ChainBreak | undefined {
    this.eventsChecked += 1;
    if (this.broken.has(event.streamName)) return undefined;
    const tail = this.tails.get(event.streamName);
    const breakFound = findBreak(event, tail);
    if (breakFound) {
      this.broken.add(event.streamName);
      return breakFound;
    }
    this.tails.set(event.streamName, { revision: event.revision, hash: event.metadata.hash });
    return undefined;
  }

  get streamsChecked(): number {
    return this.tails.size + this.broken.size;
  }

  /** Marks a stream broken when one of its events could not even be read. */
  markBroken(stream: string): boolean {
    if (this.broken.has(stream)) return false;
    this.broken.add(stream);
    return true;
  }
}

function findBreak(event: RecordedEvent, tail: ChainLink | undefined): ChainBreak | undefined {
  const expectedRevision = tail ? tail.revision + 1 : 0;
  if (event.revision !== expectedRevision) return { kind: 'revision-gap', event, expectedRevision };
  const expectedPreviousHash = tail?.hash ?? null;
  if (event.metadata.previousHash !== expectedPreviousHash) return { kind: 'broken-link', event, expectedPreviousHash };
  if (hashEvent(event.streamName, event) !== event.metadata.hash) return { kind: 'hash-mismatch', event };
  return undefined;
}
