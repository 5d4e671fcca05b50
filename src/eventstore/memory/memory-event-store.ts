import { planAppend, type StoredEventRef } from '../append-plan';
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
} from '../event-store';
import { matchesFilter } from '../event-store';
import { AppendNotifier, pollingSubscription } from '../polling-subscription';
import { readStreamSlice } from '../stream-slice';

/** Keeps the log in memory: for unit tests and one-off replays. */
export class MemoryEventStore implements EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly byId = new Map<string, StoredEventRef>();
  private readonly notifier = new AppendNotifier();

  async appendToStream(stream: string, events: readonly NewEvent[], options: { expectedRevision?: ExpectedRevision } = {}): Promise<AppendResult> {
    const existing = this.streams.get(stream) ?? [];
    const last = existing.at(-1);
    const tail = last ? { revision: last.revision, hash: last.metadata.hash } : null;
    const plan = planAppend(stream, options.expectedRevision ?? 'any', tail, events, (id) => this.byId.get(id));
    if (plan.kind === 'already-written') return plan.result;

    for (const sealed of plan.sealed) {
      const recorded: RecordedEvent = { ...structuredClone(sealed), streamName: stream, position: this.log.length + 1 };
      this.log.push(recorded);
      existing.push(recorded);
      this.byId.set(recorded.id, { stream, revision: recorded.revision, position: recorded.position });
    }
    this.streams.set(stream, existing);
    this.notifier.notify();
    return { nextExpectedRevision: existing.at(-1)!.revision, position: this.log.length };
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return readStreamSlice(this.streams.get(stream) ?? [], options).map((e) => structuredClone(e));
  }

  async streamRevision(stream: string): Promise<number> {
    return (this.streams.get(stream)?.length ?? 0) - 1;
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllPage> {
    const maxCount = options.maxCount ?? 1000;
    const events: RecordedEvent[] = [];
    let scannedTo = options.after;
    for (let index = options.after ?? 0; index < this.log.length && events.length < maxCount; index += 1) {
      const event = this.log[index]!;
      scannedTo = event.position;
      if (matchesFilter(event, options.filter)) events.push(structuredClone(event));
    }
    return { events, scannedTo, isEnd: (scannedTo ?? 0) >= this.log.length };
  }

  subscribeToAll(options: SubscribeOptions, handler: BatchHandler): Subscription {
    return pollingSubscription((page) => this.readAll(page), this.notifier, 1000, options, handler);
  }

  async headPosition(): Promise<Position | undefined> {
    return this.log.length || undefined;
  }

  async close(): Promise<void> {}
}
