import type { EventStore, RecordedEvent } from '../../src/eventstore/event-store';

/** Every event in the store, in log order. */
export async function everything(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (let after: number | undefined; ; ) {
    const page = await store.readAll({ after, maxCount: 2000 });
    events.push(...page.events);
    after = page.scannedTo;
    if (page.isEnd) return events;
  }
}

/** The events of each stream whose name starts with `prefix`, in revision order, by stream name. */
export function streamsOf(events: readonly RecordedEvent[], prefix: string): Map<string, RecordedEvent[]> {
  const streams = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    if (event.streamName.startsWith(prefix)) streams.set(event.streamName, [...(streams.get(event.streamName) ?? []), event]);
  }
  for (const history of streams.values()) history.sort((a, b) => a.revision - b.revision);
  return streams;
}
