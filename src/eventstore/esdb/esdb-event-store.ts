import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  eventTypeFilter,
  excludeSystemEvents,
  jsonEvent,
  streamNameFilter,
  type AllStreamSubscription,
  type Filter,
  type Position as EsdbPosition,
  type ReadPosition,
  type StreamingRead,
} from '@eventstore/db-client';
import { planAppend } from '../append-plan';
import {
  CorruptEventError,
  WrongExpectedRevisionError,
  matchesFilter,
  type AppendResult,
  type BatchHandler,
  type EventFilter,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type Position,
  type ReadAllOptions,
  type ReadAllPage,
  type ReadStreamOptions,
  type RecordedEvent,
  type RecordedMetadata,
  type SubscribeOptions,
  type Subscription,
} from '../event-store';
import type { SealedEvent } from '../hash-chain';

/** How many appends in a row may lose the race for the stream's tail before an 'any' append gives up. */
const MAX_APPEND_ATTEMPTS = 20;
/** Extra events read behind the tail to recognise a retried append. */
const RETRY_LOOKBACK = 16;
const MIN_SCAN = 100;
const MAX_SCAN = 1000;
const HEAD_SCAN = 32;
/** EventStoreDB stores ids as UUIDs and reads them back lowercase; any other spelling would break the hash chain. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What we read from a ResolvedEvent of a stream or of $all (links are never resolved). */
interface EsdbResolved {
  event?: {
    streamId: string;
    id: string;
    revision: bigint;
    type: string;
    data: unknown;
    metadata: unknown;
    position?: EsdbPosition;
  };
  commitPosition?: bigint;
}

/**
 * The production event store on EventStoreDB (gRPC client v6). Revisions are ESDB's own; positions
 * are commit positions in $all. The hash chain is sealed here, so every append reads the stream's
 * tail and writes with ESDB's expected revision set to exactly that tail.
 */
export class EsdbEventStore implements EventStore {
  private readonly subscriptions = new Set<EsdbSubscription>();

  constructor(private readonly client: EventStoreDBClient) {}

  /** Synchronous: the client connects lazily, so a bad server shows up at the first operation. */
  static connect(connectionString: string): EsdbEventStore {
    return new EsdbEventStore(EventStoreDBClient.connectionString(connectionString));
  }

  async appendToStream(stream: string, events: readonly NewEvent[], options: { expectedRevision?: ExpectedRevision } = {}): Promise<AppendResult> {
    const expected = options.expectedRevision ?? 'any';
    const badId = events.find((event) => !UUID.test(event.id));
    if (badId) throw new TypeError(`EventStoreDB needs event ids as lowercase UUIDs, got ${badId.id}`);

    for (let attempt = 1; ; attempt += 1) {
      const recent = await this.readStream(stream, { direction: 'backwards', maxCount: events.length + RETRY_LOOKBACK });
      const last = recent[0];
      const tail = last ? { revision: last.revision, hash: last.metadata.hash } : null;
      const stored = new Map(recent.map((e) => [e.id, { stream, revision: e.revision, position: e.position }]));
      const plan = planAppend(stream, expected, tail, events, (id) => stored.get(id));
      if (plan.kind === 'already-written') return plan.result;

      const result = await this.client
        .appendToStream(stream, plan.sealed.map(toEventData), { expectedRevision: tail ? BigInt(tail.revision) : NO_STREAM })
        .catch((error: unknown) => {
          if (error instanceof WrongExpectedVersionError) return undefined;
          throw error;
        });
      if (result?.success) {
        const nextExpectedRevision = Number(result.nextExpectedRevision);
        // ESDB omits the position when it recognises the write as idempotent (an identical append won the race).
        const position = result.position ? toPosition(result.position.commit) : await this.positionAtRevision(stream, nextExpectedRevision);
        return { nextExpectedRevision, position };
      }
      // Someone appended between our read and write: plan again against the new tail, where planAppend
      // refuses a stale exact expectation or recognises that identical events were written meanwhile.
      if (attempt === MAX_APPEND_ATTEMPTS) throw new WrongExpectedRevisionError(stream, expected, tail?.revision ?? 'no_stream');
    }
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? 'end' : 'start');
    if (options.maxCount === 0) return [];
    const read = this.client.readStream(stream, {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision: from === 'start' ? START : from === 'end' ? END : BigInt(from),
      maxCount: options.maxCount,
    });
    try {
      return (await collect(read)).map(toRecorded);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }

  /** EventStoreDB has no cheaper way to a stream's revision than reading its last event. */
  async streamRevision(stream: string): Promise<number> {
    const [last] = await this.readStream(stream, { direction: 'backwards', maxCount: 1 });
    return last?.revision ?? -1;
  }

  /** Scans $all in bounded reads until `maxCount` events pass the filter or the log ends. */
  async readAll(options: ReadAllOptions = {}): Promise<ReadAllPage> {
    const maxCount = options.maxCount ?? 1000;
    const chunkSize = Math.min(Math.max(maxCount + 1, MIN_SCAN), MAX_SCAN);
    const events: RecordedEvent[] = [];
    let scannedTo = options.after;
    for (;;) {
      const from = scannedTo;
      const chunk = await collect(this.client.readAll({ direction: FORWARDS, fromPosition: toReadPosition(from), maxCount: chunkSize }));
      for (const resolved of chunk) {
        const position = positionOf(resolved);
        // ESDB reads from a position inclusively; the port's `after` is exclusive.
        if (from !== undefined && position <= from) continue;
        scannedTo = position;
        if (!isOurs(resolved, options.filter)) continue;
        events.push(toRecorded(resolved));
        if (events.length >= maxCount) return { events, scannedTo, isEnd: false };
      }
      if (chunk.length < chunkSize) return { events, scannedTo, isEnd: true };
      // Only events sharing one commit position (legacy explicit transactions) could stall the scan.
      if (scannedTo === from) throw new Error(`$all cannot be scanned past position ${String(from)}`);
    }
  }

  subscribeToAll(options: SubscribeOptions, handler: BatchHandler): Subscription {
    const subscription: EsdbSubscription = new EsdbSubscription(this, this.client, options, handler, () => {
      this.subscriptions.delete(subscription);
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<Position | undefined> {
    let from: ReadPosition = END;
    for (;;) {
      const page = await collect(this.client.readAll({ direction: BACKWARDS, fromPosition: from, maxCount: HEAD_SCAN }));
      const newest = page.find((resolved) => isOurs(resolved, undefined));
      if (newest) return positionOf(newest);
      const oldest = page.at(-1);
      if (!oldest || page.length < HEAD_SCAN) return undefined;
      from = toEsdbPosition(positionOf(oldest));
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.client.dispose();
  }

  private async positionAtRevision(stream: string, revision: number): Promise<Position> {
    const [event] = await this.readStream(stream, { direction: 'backwards', fromRevision: revision, maxCount: 1 });
    if (!event) throw new Error(`Event ${stream}@${revision} just written cannot be read back`);
    return event.position;
  }
}

/** Catches up with pages of readAll, then follows a live $all subscription, one handler call at a time. */
class EsdbSubscription implements Subscription {
  readonly done: Promise<void>;
  private closed = false;
  private feed: LiveFeed | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly client: EventStoreDBClient,
    private readonly options: SubscribeOptions,
    private readonly handler: BatchHandler,
    onSettled: () => void,
  ) {
    this.done = this.run().finally(onSettled);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.feed?.stop();
    await this.done.catch(() => undefined);
  }

  private async run(): Promise<void> {
    const { filter, batchSize = 500 } = this.options;
    let position = this.options.after;
    for (;;) {
      const page = await this.store.readAll({ after: position, maxCount: batchSize, filter });
      if (this.closed) return;
      position = page.scannedTo ?? position;
      if (page.events.length > 0 || page.isEnd) await this.handler({ events: page.events, position, live: page.isEnd });
      if (this.closed) return;
      if (page.isEnd) break;
    }

    const feed = new LiveFeed(
      (checkpointReached) => this.client.subscribeToAll({ fromPosition: toReadPosition(position), filter: serverFilter(filter, checkpointReached) }),
      batchSize,
    );
    this.feed = feed;
    try {
      for (;;) {
        const batch = await feed.take(batchSize);
        if (this.closed) return;
        if (!batch) throw new Error('EventStoreDB ended the $all subscription');
        const events: RecordedEvent[] = [];
        let moved = false;
        for (const item of batch) {
          const at = 'checkpoint' in item ? item.checkpoint : positionOf(item);
          if (position !== undefined && at <= position) continue;
          position = at;
          moved = true;
          if (!('checkpoint' in item) && isOurs(item, filter)) events.push(toRecorded(item));
        }
        // Filtered-out events move the position too, so checkpoints and the lag follow the head.
        if (moved) await this.handler({ events, position, live: true });
        if (this.closed) return;
      }
    } finally {
      await feed.stop();
    }
  }
}

/** The server scanned $all through this position without finding more events that pass the filter. */
interface Checkpoint {
  checkpoint: Position;
}

type CheckpointReached = (subscription: AllStreamSubscription, position: EsdbPosition) => void;

/**
 * Buffers what a live subscription delivers while the handler is busy, so the next call gets a batch.
 * A full buffer pauses the stream, which pushes back through gRPC flow control to the server.
 */
class LiveFeed {
  private readonly source: AllStreamSubscription;
  private readonly buffer: (EsdbResolved | Checkpoint)[] = [];
  private failure: Error | undefined;
  private ended = false;
  private wake: (() => void) | undefined;

  constructor(
    subscribe: (checkpointReached: CheckpointReached) => AllStreamSubscription,
    private readonly limit: number,
  ) {
    const source = subscribe((subscription, position) => this.checkpointReached(subscription, position));
    this.source = source;
    source.on('data', (resolved: EsdbResolved) => {
      this.buffer.push(resolved);
      if (this.buffer.length >= limit) source.pause();
      this.notify();
    });
    source.on('error', (error) => {
      this.failure = error;
      this.notify();
    });
    source.on('end', () => this.finish());
    source.on('close', () => this.finish());
  }

  /** The next events, waiting for some if none are buffered; undefined once the source has closed. */
  async take(max: number): Promise<(EsdbResolved | Checkpoint)[] | undefined> {
    while (this.buffer.length === 0) {
      if (this.failure) throw this.failure;
      if (this.ended) return undefined;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    const batch = this.buffer.splice(0, max);
    if (this.source.isPaused() && this.buffer.length < this.limit) this.source.resume();
    return batch;
  }

  async stop(): Promise<void> {
    // Cancelling the gRPC call does not end the stream it feeds, so destroy that too to wake take().
    await this.source.unsubscribe().catch(() => undefined);
    this.source.destroy();
  }

  /**
   * The client calls this in order with the events it reads, but events it has not handed on yet
   * (the subscription paused) would be overtaken: that checkpoint is left out, a later one will do.
   */
  private checkpointReached(subscription: AllStreamSubscription, position: EsdbPosition): void {
    if (subscription.readableLength > 0) return;
    this.buffer.push({ checkpoint: toPosition(position.commit) });
    this.notify();
  }

  private finish(): void {
    this.ended = true;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}

async function collect<T>(read: StreamingRead<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of read) items.push(item);
  return items;
}

function toEventData(event: SealedEvent) {
  return jsonEvent({
    id: event.id,
    type: event.type,
    data: event.data,
    // ESDB has no field for the schema version, so it travels in the metadata.
    metadata: { ...event.metadata, schemaVersion: event.schemaVersion },
  });
}

function toRecorded(resolved: EsdbResolved): RecordedEvent {
  const event = resolved.event;
  if (!event) throw new Error('EventStoreDB returned a link without its event');
  const position = positionOf(resolved);
  const revision = Number(event.revision);
  try {
    if (!isJsonObject(event.data)) throw new TypeError('data is not a JSON object');
    if (!isJsonObject(event.metadata)) throw new TypeError('metadata is not a JSON object');
    const { schemaVersion, ...metadata } = event.metadata;
    if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion)) throw new TypeError('metadata has no schemaVersion');
    if (!isRecordedMetadata(metadata)) throw new TypeError('metadata lacks envelope fields');
    return { id: event.id, streamName: event.streamId, revision, position, type: event.type, schemaVersion, data: event.data, metadata };
  } catch (error) {
    throw new CorruptEventError(position, event.streamId, revision, error);
  }
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function isRecordedMetadata(value: Record<string, unknown>): value is RecordedMetadata & Record<string, unknown> {
  const strings = ['actorId', 'actorRole', 'correlationId', 'occurredAt', 'hash'].every((key) => typeof value[key] === 'string');
  const nullables = ['causationId', 'previousHash'].every((key) => value[key] === null || typeof value[key] === 'string');
  return strings && nullables;
}

/** Our events only: never ESDB's system streams and events, and only those passing the filter. */
function isOurs(resolved: EsdbResolved, filter: EventFilter | undefined): boolean {
  const event = resolved.event;
  if (!event || event.streamId.startsWith('$') || event.type.startsWith('$')) return false;
  return matchesFilter({ streamName: event.streamId, type: event.type }, filter);
}

/** Narrows on the server what it can; `isOurs` applies the exact filter on our side. */
function serverFilter(filter: EventFilter | undefined, checkpointReached: CheckpointReached): Filter {
  if (filter?.streamPrefixes?.length) return streamNameFilter({ prefixes: [...filter.streamPrefixes], checkpointReached });
  if (filter?.eventTypes?.length) return eventTypeFilter({ prefixes: [...filter.eventTypes], checkpointReached });
  return excludeSystemEvents({ checkpointReached });
}

function positionOf(resolved: EsdbResolved): Position {
  return toPosition(resolved.commitPosition ?? resolved.event?.position?.commit);
}

function toPosition(commit: bigint | undefined): Position {
  const position = commit === undefined ? Number.NaN : Number(commit);
  if (!Number.isSafeInteger(position)) {
    throw new Error(`EventStoreDB returned no usable commit position (${String(commit)}); EventStoreDB 22.6 or later is needed`);
  }
  return position;
}

/** gRPC appends are implicit transactions, where an event's commit and prepare positions are equal. */
function toEsdbPosition(position: Position): EsdbPosition {
  return { commit: BigInt(position), prepare: BigInt(position) };
}

function toReadPosition(after: Position | undefined): ReadPosition {
  return after === undefined ? START : toEsdbPosition(after);
}
