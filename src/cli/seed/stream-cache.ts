import type {
  AppendResult,
  BatchHandler,
  EventStore,
  ExpectedRevision,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadAllPage,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../../eventstore/event-store';

/**
 * The event store with a memory of the streams read whole: a later read of one fetches only the
 * events appended since (revisions count up from 0 without gaps), so it stays right whoever
 * appends. A programme's ledger grows by thousands of events while the seed runs, and every
 * approval and payment reads it whole; this spares parsing it again each time.
 */
export class StreamCache implements EventStore {
  private readonly streams = new Map<string, RecordedEvent[]>();

  constructor(private readonly store: EventStore) {}

  async readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    if (options !== undefined) return this.store.readStream(stream, options);
    const known = this.streams.get(stream) ?? [];
    this.streams.set(stream, known);
    const appended = await this.store.readStream(stream, { fromRevision: known.length });
    // Reads of one stream may overlap: each event joins once, in revision order.
    for (const event of appended) if (event.revision === known.length) known.push(event);
    return [...known];
  }

  streamRevision(stream: string): Promise<number> {
    return this.store.streamRevision(stream);
  }

  appendToStream(stream: string, events: readonly NewEvent[], options?: { expectedRevision?: ExpectedRevision }): Promise<AppendResult> {
    return this.store.appendToStream(stream, events, options);
  }

  readAll(options?: ReadAllOptions): Promise<ReadAllPage> {
    return this.store.readAll(options);
  }

  subscribeToAll(options: SubscribeOptions, handler: BatchHandler): Subscription {
    return this.store.subscribeToAll(options, handler);
  }

  headPosition(): Promise<Position | undefined> {
    return this.store.headPosition();
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
