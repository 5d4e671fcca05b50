import type { Actor, CommandContext, Decider, DomainEvent } from '../domain/decider';
import { WrongExpectedRevisionError, type EventStore, type NewEvent, type RecordedEvent } from '../eventstore/event-store';
import type { Clock } from './clock';
import { ConcurrencyConflictError, StaleRevisionError } from './command-errors';
import { deterministicId, newId } from './ids';
import { readStreamState } from './stream-state';

export interface CommandOptions {
  /** From If-Match: decide only if the stream is still at this revision. */
  expectedRevision?: number;
  /** The same key on a retry writes nothing new and answers as the first time. */
  idempotencyKey?: string;
  correlationId?: string;
  causationId?: string | null;
}

export interface CommandResult {
  stream: string;
  /** The stream's revision after the command; -1 when the stream is still empty. */
  revision: number;
  /** Position of the last event written, when something was written. */
  position?: number;
  events: DomainEvent[];
}

const MAX_ATTEMPTS = 5;

/**
 * One handler for every stream type: read the stream, fold it, decide, append with the
 * revision that was read; on a lost race decide again, a bounded number of times.
 */
export class CommandHandler {
  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async handle<Command, Event extends DomainEvent, State>(
    decider: Decider<Command, Event, State>,
    stream: string,
    command: Command,
    actor: Actor,
    options: CommandOptions & { authorize?: (state: State) => void } = {},
  ): Promise<CommandResult> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const { state, revision, history } = await readStreamState(this.store, decider, stream);
      options.authorize?.(state);
      const replayed = options.idempotencyKey ? alreadyHandled(history, stream, actor, options.idempotencyKey) : undefined;
      if (replayed) return replayed;
      if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
        throw new StaleRevisionError(stream, options.expectedRevision, revision);
      }
      const context: CommandContext = { now: this.clock.now(), actor };
      const decided = decider.decide(command, state, context);
      if (decided.length === 0) return { stream, revision, events: [] };
      try {
        const appended = await this.store.appendToStream(stream, toEnvelopes(stream, decided, context, options), {
          expectedRevision: revision === -1 ? 'no_stream' : revision,
        });
        return { stream, revision: appended.nextExpectedRevision, position: appended.position, events: decided };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (options.expectedRevision !== undefined) throw new StaleRevisionError(stream, options.expectedRevision, revision + 1);
      }
    }
    throw new ConcurrencyConflictError(stream, MAX_ATTEMPTS);
  }
}

/** Wraps decided events in their envelopes; ids follow from the idempotency key when there is one. */
export function toEnvelopes(stream: string, events: readonly DomainEvent[], context: CommandContext, options: CommandOptions): NewEvent[] {
  const correlationId = options.correlationId ?? newId();
  return events.map((event, index) => ({
    id: options.idempotencyKey ? eventIdFor(context.actor, options.idempotencyKey, stream, index) : newId(),
    type: event.type,
    schemaVersion: 1,
    data: event.data as Record<string, unknown>,
    metadata: {
      actorId: context.actor.id,
      actorRole: context.actor.role,
      correlationId,
      causationId: options.causationId ?? null,
      occurredAt: context.now,
    },
  }));
}

/** Keys are the caller's own: two callers using the same key never share event ids. */
const eventIdFor = (actor: Actor, idempotencyKey: string, stream: string, index: number): string =>
  deterministicId(`${actor.id}\n${idempotencyKey}\n${stream}\n${index}`);

/** A retry of a command already written: the events that carry the key's ids. */
export function alreadyHandled(history: RecordedEvent[], stream: string, actor: Actor, idempotencyKey: string): CommandResult | undefined {
  const firstIndex = history.findIndex((e) => e.id === eventIdFor(actor, idempotencyKey, stream, 0));
  if (firstIndex < 0) return undefined;
  const ours: RecordedEvent[] = [];
  for (let i = firstIndex; i < history.length && history[i]!.id === eventIdFor(actor, idempotencyKey, stream, ours.length); i += 1) ours.push(history[i]!);
  const last = ours.at(-1)!;
  return { stream, revision: last.revision, position: last.position, events: ours.map((e) => ({ type: e.type, data: e.data })) };
}
