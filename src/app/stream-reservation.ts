import type { CommandContext, DomainEvent } from '../domain/decider';
import { WrongExpectedRevisionError, type EventStore } from '../eventstore/event-store';
import { toEnvelopes, type CommandOptions } from './command-handler';

/**
 * Something unique (a credit code, a payment reference) is held by whoever first writes its
 * reservation stream, written with "no stream yet". Tries to write `reservation` there and
 * answers the data of the stream's first event: ours if we were first, else the holder's.
 */
export async function reserve(store: EventStore, stream: string, reservation: DomainEvent, context: CommandContext, options: CommandOptions): Promise<Record<string, unknown>> {
  try {
    await store.appendToStream(stream, toEnvelopes(stream, [reservation], context, options), { expectedRevision: 'no_stream' });
  } catch (error) {
    if (!(error instanceof WrongExpectedRevisionError)) throw error;
  }
  const [holder] = await store.readStream(stream, { maxCount: 1 });
  if (!holder) throw new Error(`Reservation ${stream} was written but cannot be read back`);
  return holder.data;
}
