import type { EventStore, RecordedEvent } from '../../eventstore/event-store';

/** The log as it stood at `asOf`, read-only: the events that had occurred by then. */
export function logAsOf(events: EventStore, asOf: string): EventStore {
  const cutoff = Date.parse(asOf);
  const occurred = (event: RecordedEvent): boolean => Date.parse(event.metadata.occurredAt) <= cutoff;
  const readStream: EventStore['readStream'] = async (stream, options) => (await events.readStream(stream, options)).filter(occurred);
  return {
    appendToStream: () => Promise.reject(new Error('The log as it stood in the past cannot be written')),
    readStream,
    streamRevision: async (stream) => (await readStream(stream)).at(-1)?.revision ?? -1,
    readAll: async (options) => {
      const page = await events.readAll(options);
      return { ...page, events: page.events.filter(occurred) };
    },
    subscribeToAll: () => {
      throw new Error('The log as it stood in the past does not change');
    },
    headPosition: () => events.headPosition(),
    close: () => Promise.resolve(),
  };
}
