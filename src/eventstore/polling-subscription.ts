import type { BatchHandler, EventFilter, Position, ReadAllPage, SubscribeOptions, Subscription } from './event-store';

export interface AppendSignal {
  /** Resolves at the next append, or after `timeoutMs`, whichever comes first. */
  wait(timeoutMs: number): Promise<void>;
}

type PageReader = (options: { after?: Position; maxCount: number; filter?: EventFilter }) => Promise<ReadAllPage>;

/**
 * Catch-up-then-follow over a store that can read pages of its log: reads pages until the end,
 * tells the handler it is live, then waits for appends (or polls, for writers in other processes).
 */
export function pollingSubscription(
  readPage: PageReader,
  signal: AppendSignal,
  pollMs: number,
  options: SubscribeOptions,
  handler: BatchHandler,
): Subscription {
  let closed = false;
  let wakeOnClose!: () => void;
  const closing = new Promise<void>((resolve) => (wakeOnClose = resolve));
  const batchSize = options.batchSize ?? 500;

  const run = async (): Promise<void> => {
    let position = options.after;
    let live = false;
    while (!closed) {
      const page = await readPage({ after: position, maxCount: batchSize, filter: options.filter });
      if (closed) return;
      const becameLive = page.isEnd && !live;
      live ||= page.isEnd;
      // Events the filter left out still move the subscriber's checkpoint: its lag is measured against the head.
      const scannedFurther = page.scannedTo !== undefined && page.scannedTo !== position;
      position = page.scannedTo ?? position;
      if (page.events.length > 0 || becameLive || scannedFurther) {
        await handler({ events: page.events, position, live });
      }
      if (page.isEnd) await Promise.race([signal.wait(pollMs), closing]);
    }
  };

  const done = run();
  return {
    done,
    close: async () => {
      closed = true;
      wakeOnClose();
      await done.catch(() => undefined);
    },
  };
}

/** In-process append notifications: every waiter wakes at the next append. */
export class AppendNotifier implements AppendSignal {
  private waiters: (() => void)[] = [];

  notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  wait(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(wake, timeoutMs);
      function wake(): void {
        clearTimeout(timer);
        resolve();
      }
      this.waiters.push(wake);
    });
  }
}
