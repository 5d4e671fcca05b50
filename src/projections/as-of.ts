import { matchesFilter, type EventFilter, type EventStore, type RecordedEvent } from '../eventstore/event-store';
import type { ReadStore } from '../readstore/read-store';
import { ensureIndexes } from './checkpoints';
import type { Projection } from './projection';
import { BatchWrites } from './writes';

const PAGE_SIZE = 5000;

/**
 * Read models as they stood at `asOf`: the events that had occurred by then, replayed through
 * the same projections into a throwaway store. `streams` narrows the replay to a few streams.
 */
export async function readModelsAsOf(
  events: EventStore,
  projections: readonly Projection[],
  into: ReadStore,
  asOf: string,
  streams?: readonly string[],
): Promise<ReadStore> {
  const cutoff = Date.parse(asOf);
  const occurred = (event: RecordedEvent): boolean => Date.parse(event.metadata.occurredAt) <= cutoff;
  const identity = (collection: string): string => collection;
  for (const projection of projections) await ensureIndexes(into, projection, identity);
  const apply = async (page: RecordedEvent[]): Promise<void> => {
    const writes = new BatchWrites(identity, false, into);
    for (const event of page.filter(occurred)) {
      for (const projection of projections) if (matchesFilter(event, projection.filter)) await writes.add(projection, event);
    }
    await into.writeAtomically(await writes.toWrites(into, 'as-of', undefined));
  };

  if (streams) {
    for (const stream of streams) await apply(await events.readStream(stream));
    return into;
  }
  const filter: EventFilter | undefined = projections.every((p) => p.filter.streamPrefixes?.length)
    ? { streamPrefixes: projections.flatMap((p) => p.filter.streamPrefixes!) }
    : undefined;
  let after: number | undefined;
  for (;;) {
    const page = await events.readAll({ after, maxCount: PAGE_SIZE, filter });
    await apply(page.events);
    after = page.scannedTo;
    if (page.isEnd) return into;
  }
}
