import type { EventFilter, EventStore, Position, RecordedEvent } from '../eventstore/event-store';
import { KeyedQueue } from './keyed-queue';

const PAGE_SIZE = 5000;

/**
 * Hands the log's events that pass `filter` to `apply`, in log order, each once: every catch-up
 * reads on from where the last one stopped, and catch-ups run one at a time.
 */
export class LogFollower {
  private scannedTo: Position | undefined;
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly store: EventStore,
    private readonly filter: EventFilter,
    private readonly apply: (event: RecordedEvent) => void,
  ) {}

  catchUp(): Promise<void> {
    return this.queue.run('log', async () => {
      for (;;) {
        const page = await this.store.readAll({ after: this.scannedTo, maxCount: PAGE_SIZE, filter: this.filter });
        for (const event of page.events) this.apply(event);
        this.scannedTo = page.scannedTo ?? this.scannedTo;
        if (page.isEnd) return;
      }
    });
  }
}
