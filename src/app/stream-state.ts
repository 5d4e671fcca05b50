import type { Decider, DomainEvent } from '../domain/decider';
import type { EventStore, RecordedEvent } from '../eventstore/event-store';

type Fold<Event extends DomainEvent, State> = Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>;

export interface StreamState<State> {
  state: State;
  /** The revision of the stream's last event; -1 when the stream is empty. */
  revision: number;
  history: RecordedEvent[];
}

/** Recorded events folded with a decider's evolve. */
export const foldHistory = <Event extends DomainEvent, State>(decider: Fold<Event, State>, history: readonly RecordedEvent[]): State =>
  history.reduce((state, e) => decider.evolve(state, { type: e.type, data: e.data } as Event), decider.initialState);

/** A stream read and folded with its decider. */
export async function readStreamState<Event extends DomainEvent, State>(store: EventStore, decider: Fold<Event, State>, stream: string): Promise<StreamState<State>> {
  const history = await store.readStream(stream);
  return { state: foldHistory(decider, history), revision: history.at(-1)?.revision ?? -1, history };
}
