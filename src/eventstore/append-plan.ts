import type { AppendResult, ExpectedRevision, NewEvent, Position } from './event-store';
import { WrongExpectedRevisionError } from './event-store';
import { sealEvents, type ChainLink, type SealedEvent } from './hash-chain';

export interface StoredEventRef {
  stream: string;
  revision: number;
  position: Position;
}

export type AppendPlan = { kind: 'write'; sealed: SealedEvent[] } | { kind: 'already-written'; result: AppendResult };

/** An event id already stored elsewhere, or a retry that only partly matches what was written. */
export class EventIdConflictError extends Error {
  constructor(readonly stream: string, readonly eventId: string) {
    super(`Event id ${eventId} appended to ${stream} is already stored with other content or elsewhere`);
    this.name = 'EventIdConflictError';
  }
}

/**
 * Decides what an append does, the same way in every adapter: checks the expected revision,
 * recognises a retry of events already written at that revision (EventStoreDB's idempotent
 * append), and otherwise seals the events into the stream's hash chain.
 */
export function planAppend(
  stream: string,
  expected: ExpectedRevision,
  tail: ChainLink | null,
  events: readonly NewEvent[],
  findStored: (eventId: string) => StoredEventRef | undefined,
): AppendPlan {
  if (events.length === 0) throw new TypeError(`Nothing to append to ${stream}`);
  if (new Set(events.map((e) => e.id)).size !== events.length) throw new EventIdConflictError(stream, events[0]!.id);

  const first = findStored(events[0]!.id);
  if (first) return planRetry(stream, expected, tail, events, first, findStored);
  const taken = events.slice(1).find((event) => findStored(event.id));
  if (taken) throw new EventIdConflictError(stream, taken.id);

  if (!revisionMatches(expected, tail)) throw new WrongExpectedRevisionError(stream, expected, tail?.revision ?? 'no_stream');
  return { kind: 'write', sealed: sealEvents(stream, tail, events) };
}

function planRetry(
  stream: string,
  expected: ExpectedRevision,
  tail: ChainLink | null,
  events: readonly NewEvent[],
  first: StoredEventRef,
  findStored: (eventId: string) => StoredEventRef | undefined,
): AppendPlan {
  let last = first;
  for (const [index, event] of events.entries()) {
    const stored = index === 0 ? first : findStored(event.id);
    if (!stored || stored.stream !== stream || stored.revision !== first.revision + index) {
      throw new EventIdConflictError(stream, event.id);
    }
    last = stored;
  }
  const expectedFirst = expected === 'no_stream' ? 0 : typeof expected === 'number' ? expected + 1 : first.revision;
  if (first.revision !== expectedFirst) throw new WrongExpectedRevisionError(stream, expected, tail?.revision ?? 'no_stream');
  return { kind: 'already-written', result: { nextExpectedRevision: last.revision, position: last.position } };
}

/** Whether a stream whose last event is `tail` is where an append expecting `expected` may write. */
export function revisionMatches(expected: ExpectedRevision, tail: ChainLink | null): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return tail === null;
    case 'stream_exists':
      return tail !== null;
    default:
      return tail !== null && tail.revision === expected;
  }
}
