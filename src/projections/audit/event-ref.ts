import type { RecordedEvent } from '../../eventstore/event-store';

/** Where a fact came from: enough to find the event and to check it against its stream's hash chain. */
export interface EventRef {
  id: string;
  stream: string;
  revision: number;
  position: number;
  hash: string;
}

export const eventRef = (event: RecordedEvent): EventRef => ({
  id: event.id,
  stream: event.streamName,
  revision: event.revision,
  position: event.position,
  hash: event.metadata.hash,
});
