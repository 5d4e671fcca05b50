import { matchesFilter, type EventStore, type Position, type RecordedEvent } from '../eventstore/event-store';
import type { Collection, Document, ReadStore } from '../readstore/read-store';
import { ensureIndexes } from './checkpoints';
import type { Projection } from './projection';
import { BatchWrites } from './writes';

const PAGE_SIZE = 5000;
const identity = (collection: string): string => collection;

/**
 * The same promise, its failure marked as seen: a catch-up no query waits for (of a projection the
 * query did not read) may fail once the store is closed, and must not bring the process down.
 * Whoever reads the projection next still gets the failure.
 */
function handled(replay: Promise<void>): Promise<void> {
  replay.catch(() => undefined);
  return replay;
}

/** How far one projection of the past has been replayed; `done` settles when the last replay asked for has. */
interface Replay {
  done: Promise<void>;
  scannedTo: Position | undefined;
}

/**
 * Read models as they stood at `asOf`: the events that had occurred by then, replayed through
 * the same projections into a throwaway store. A projection is replayed when one of its
 * collections is first read, so a query pays for the read models it reads and no others (each
 * projection reads and writes only its own collections). `streams` narrows the replay to a few
 * streams; without them, `catchUp` applies what the log gained since, so the store can be kept.
 */
export class PastReadModels {
  readonly reads: ReadStore;
  private readonly replays = new Map<Projection, Replay>();
  private readonly cutoff: number;

  constructor(
    private readonly events: EventStore,
    private readonly projections: readonly Projection[],
    private readonly into: ReadStore,
    asOf: string,
    private readonly streams?: readonly string[],
  ) {
    this.cutoff = Date.parse(asOf);
    this.reads = this.readOnly();
  }

  /**
   * Applies the events appended since each projection was replayed that had occurred by `asOf`
   * (an event is stamped when appended, so only an instant not yet past gains any). Reads wait for it.
   */
  catchUp(): void {
    if (this.streams) return;
    for (const [projection, replay] of this.replays) this.replayNext(projection, replay);
  }

  close(): Promise<void> {
    return this.into.close();
  }

  private replayed(projection: Projection): Promise<void> {
    let replay = this.replays.get(projection);
    if (!replay) {
      replay = { done: ensureIndexes(this.into, projection, identity), scannedTo: undefined };
      this.replays.set(projection, replay);
      this.replayNext(projection, replay);
    }
    return replay.done;
  }

  /** Queues the next replay of `projection` behind the last: its streams, or the log from where it stopped. */
  private replayNext(projection: Projection, replay: Replay): void {
    replay.done = handled(replay.done.then(() => (this.streams ? this.replayStreams(projection) : this.replayLog(projection, replay))));
  }

  private async replayStreams(projection: Projection): Promise<void> {
    for (const stream of this.streams!) await this.apply(projection, (await this.events.readStream(stream)).filter((event) => matchesFilter(event, projection.filter)));
  }

  private async replayLog(projection: Projection, replay: Replay): Promise<void> {
    for (;;) {
      const page = await this.events.readAll({ after: replay.scannedTo, maxCount: PAGE_SIZE, filter: projection.filter });
      await this.apply(projection, page.events);
      replay.scannedTo = page.scannedTo;
      if (page.isEnd) return;
    }
  }

  private async apply(projection: Projection, events: readonly RecordedEvent[]): Promise<void> {
    const writes = new BatchWrites(identity, false, this.into);
    for (const event of events) if (Date.parse(event.metadata.occurredAt) <= this.cutoff) await writes.add(projection, event);
    await this.into.writeAtomically(await writes.toWrites(this.into, 'as-of', undefined));
  }

  private readOnly(): ReadStore {
    const refuse = (): Promise<never> => Promise.reject(new Error('The read models as they stood in the past cannot be written'));
    const replayed = (projection: Projection) => this.replayed(projection);
    const { into, projections } = this;
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
      close: refuse,
    };
  }
}
