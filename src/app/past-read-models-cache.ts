import type { PastReadModels } from '../projections/as-of';
import type { ReadStore } from '../readstore/read-store';
import type { Clock } from './clock';

/** Read models of a past instant lent to one query; `release` when done, saying whether it failed. */
export interface PastReadModelsLease {
  reads: ReadStore;
  release(failed?: boolean): Promise<void>;
}

interface Entry {
  past: PastReadModels;
  users: number;
  lastUsed: number;
}

/**
 * Keeps the read models of the last few instants asked for (a manager pages through a ledger as
 * it stood at quarter-end, and switches tabs, all as of one instant), each caught up with the log
 * before it is lent again. The least recently used goes when a new instant needs room, and any
 * left unused for `idleMs`; one in use is closed only once its last query is done. Queries of a few
 * streams are cheap and not kept.
 */
export class PastReadModelsCache {
  /** In the order of last use, oldest first. */
  private readonly entries = new Map<number, Entry>();

  constructor(
    private readonly open: (asOf: string, streams?: readonly string[]) => PastReadModels,
    private readonly clock: Clock,
    private readonly capacity = 3,
    private readonly idleMs = 10 * 60_000,
  ) {}

  lease(asOf: string, streams?: readonly string[]): PastReadModelsLease {
    if (streams) {
      const past = this.open(asOf, streams);
      return { reads: past.reads, release: () => past.close() };
    }
    const key = Date.parse(asOf);
    const now = Date.parse(this.clock.now());
    let entry = this.entries.get(key);
    if (entry && now - entry.lastUsed < this.idleMs) {
      this.entries.delete(key);
      entry.past.catchUp();
    } else {
      entry = { past: this.open(asOf), users: 0, lastUsed: now };
    }
    this.makeRoom(now);
    this.entries.set(key, entry);
    entry.users += 1;
    const lent = entry;
    return {
      reads: lent.past.reads,
      release: async (failed = false) => {
        lent.users -= 1;
        lent.lastUsed = Date.parse(this.clock.now());
        // A replay that failed is not trusted again.
        if (failed && this.entries.get(key) === lent) this.entries.delete(key);
        if (lent.users === 0 && this.entries.get(key) !== lent) await lent.past.close();
      },
    };
  }

  /** Lets go of what has been idle too long, then of the least recently used until one more fits. */
  private makeRoom(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.users > 0 || (now - entry.lastUsed < this.idleMs && this.entries.size < this.capacity)) continue;
      this.entries.delete(key);
      void entry.past.close();
    }
  }
}
