import type { EventStore, NewEvent } from '../../src/eventstore/event-store';

/**
 * The store as a process sees it that dies just before one append: that append, and every one
 * after it, never happens and never returns. `died` settles when the process reaches it.
 */
export function dyingBefore(store: EventStore, fatal: (stream: string, events: readonly NewEvent[]) => boolean): { store: EventStore; died: Promise<void> } {
  let die!: () => void;
  const died = new Promise<void>((resolve) => (die = resolve));
  let dead = false;
  const dying = new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'appendToStream') return Reflect.get(target, property, receiver) as unknown;
      return (stream: string, events: readonly NewEvent[], options?: Parameters<EventStore['appendToStream']>[2]) => {
        if (dead || fatal(stream, events)) {
          dead = true;
          die();
          return new Promise<never>(() => undefined);
        }
        return target.appendToStream(stream, events, options);
      };
    },
  });
  return { store: dying, died };
}
