import type { EventStore } from '../eventstore/event-store';

interface Entry<Value> {
  revision: number;
  also: unknown;
  value: Value;
}

/**
 * Remembers what was worked out from a stream until the stream grows: one indexed read of its
 * revision instead of reading and folding it whole. A value computed while the stream grew is
 * filed under the older revision, so it is only ever recomputed, never served stale. `also` is
 * anything else the value depends on (the working calendar), compared by identity.
 */
export class StreamMemo<Value> {
  private readonly entries = new Map<string, Entry<Value>>();

  constructor(
    private readonly store: EventStore,
    private readonly capacity = 20_000,
  ) {}

  async get(stream: string, compute: () => Promise<Value>, also: unknown = undefined): Promise<Value> {
    const revision = await this.store.streamRevision(stream);
    const known = this.entries.get(stream);
    if (known && known.revision === revision && known.also === also) return known.value;
    const value = await compute();
    this.entries.delete(stream);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(stream, { revision, also, value });
    return value;
  }
}
