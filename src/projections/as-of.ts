import { matchesFilter, type EventStore, type RecordedEvent } from '../eventstore/event-store';
import type { Collection, Document, ReadStore } from '../readstore/read-store';
import { ensureIndexes } from './checkpoints';
import type { Projection } from './projection';
import { BatchWrites } from './writes';

const PAGE_SIZE = 5000;
const identity = (collection: string): string => collection;

/**
 * Read models as they stood at `asOf`: the events that had occurred by then, replayed through
 * the same projections into a throwaway store. A projection is replayed when one of its
 * collections is first read, so a query pays for the read models it reads and no others (each
 * projection reads and writes only its own collections). `streams` narrows the replay to a few streams.
 */
export function readModelsAsOf(events: EventStore, projections: readonly Projection[], into: ReadStore, asOf: string, streams?: readonly string[]): ReadStore {
  const replays = new Map<Projection, Promise<void>>();
  const replayed = (projection: Projection): Promise<void> => {
    let replay = replays.get(projection);
    if (!replay) {
      replay = replayProjection(events, projection, into, Date.parse(asOf), streams);
      replays.set(projection, replay);
    }
    return replay;
  };
  const refuse = (): Promise<never> => Promise.reject(new Error('The read models as they stood in the past cannot be written'));
  return {
    collection<T extends Document>(name: string): Collection<T> {
      const owner = projections.find((projection) => name in projection.collections);
      if (!owner) throw new Error(`No projection writes ${name}, so it has no past to read`);
      const stored = into.collection<T>(name);
      return {
        name,
        findOne: async (filter, options) => (await replayed(owner), stored.findOne(filter, options)),
        find: async (filter, options) => (await replayed(owner), stored.find(filter, options)),
        count: async (filter) => (await replayed(owner), stored.count(filter)),
        aggregate: async (pipeline) => (await replayed(owner), stored.aggregate(pipeline)),
        updateOne: refuse,
        bulkWrite: refuse,
        deleteMany: refuse,
        createIndex: refuse,
      };
    },
    writeAtomically: refuse,
    swapCollections: refuse,
    dropCollection: refuse,
    listCollections: () => into.listCollections(),
    ping: () => into.ping(),
    close: () => into.close(),
  };
}

/** One projection's read models from the events that had occurred by `cutoff` (epoch ms), a page at a time. */
async function replayProjection(events: EventStore, projection: Projection, into: ReadStore, cutoff: number, streams: readonly string[] | undefined): Promise<void> {
  await ensureIndexes(into, projection, identity);
  const occurred = (event: RecordedEvent): boolean => Date.parse(event.metadata.occurredAt) <= cutoff;
  const apply = async (page: readonly RecordedEvent[]): Promise<void> => {
    const writes = new BatchWrites(identity, false, into);
    for (const event of page) if (occurred(event)) await writes.add(projection, event);
    await into.writeAtomically(await writes.toWrites(into, 'as-of', undefined));
  };
  if (streams) {
    for (const stream of streams) await apply((await events.readStream(stream)).filter((event) => matchesFilter(event, projection.filter)));
    return;
  }
  let after: number | undefined;
  for (;;) {
    const page = await events.readAll({ after, maxCount: PAGE_SIZE, filter: projection.filter });
    await apply(page.events);
    after = page.scannedTo;
    if (page.isEnd) return;
  }
}
