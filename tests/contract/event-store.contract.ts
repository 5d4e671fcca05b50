import { randomUUID } from 'node:crypto';
import { EventIdConflictError } from '../../src/eventstore/append-plan';
import {
  WrongExpectedRevisionError,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
  type SubscriptionBatch,
} from '../../src/eventstore/event-store';
import { hashEvent } from '../../src/eventstore/hash-chain';

export interface EventStoreFixture {
  store: EventStore;
  dispose(): Promise<void>;
}

export function newEvent(type: string, data: Record<string, unknown> = {}, id: string = randomUUID()): NewEvent {
  return {
    id,
    type,
    schemaVersion: 1,
    data,
    metadata: { actorId: 'u-1', actorRole: 'admin', correlationId: 'c-1', causationId: null, occurredAt: '2026-01-02T03:04:05.000Z' },
  };
}

/** A new event that occurred at `occurredAt`: for what reads the log as it stood at an instant. */
export function newEventAt(type: string, occurredAt: string): NewEvent {
  const event = newEvent(type);
  return { ...event, metadata: { ...event.metadata, occurredAt } };
}

/** Every EventStore adapter must pass this suite; streams are namespaced per test so a shared server works too. */
export function describeEventStoreContract(adapter: string, open: () => Promise<EventStoreFixture>): void {
  describe(`EventStore contract: ${adapter}`, () => {
    let fixture: EventStoreFixture;
    let store: EventStore;
    let ns: string;
    beforeEach(async () => {
      fixture = await open();
      store = fixture.store;
      ns = `t${randomUUID().slice(0, 8)}`;
    });
    afterEach(async () => fixture.dispose());
    const stream = (name: string): string => `${ns}-${name}`;

    describe('appending', () => {
      it('numbers revisions from 0 and positions upwards', async () => {
        const result = await store.appendToStream(stream('a'), [newEvent('A'), newEvent('B')], { expectedRevision: 'no_stream' });
        expect(result.nextExpectedRevision).toBe(1);
        const events = await store.readStream(stream('a'));
        expect(events.map((e) => e.revision)).toEqual([0, 1]);
        expect(events[1]!.position).toBeGreaterThan(events[0]!.position);
        expect(result.position).toBe(events[1]!.position);
      });

      it('round-trips the envelope: id, type, schema version, data and metadata', async () => {
        const event = { ...newEvent('企业开办', { name: '常德云帆科技有限公司', amountFen: 123, nested: { list: [1, 'x'] } }), schemaVersion: 2 };
        await store.appendToStream(stream('env'), [event]);
        const [read] = await store.readStream(stream('env'));
        expect(read).toMatchObject({ id: event.id, type: event.type, schemaVersion: 2, data: event.data, streamName: stream('env') });
        expect(read!.metadata).toMatchObject(event.metadata);
      });

      it('checks every kind of expected revision', async () => {
        const s = stream('exp');
        await expect(store.appendToStream(s, [newEvent('A')], { expectedRevision: 'stream_exists' })).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await expect(store.appendToStream(s, [newEvent('A')], { expectedRevision: 0 })).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await store.appendToStream(s, [newEvent('A')], { expectedRevision: 'no_stream' });
        await expect(store.appendToStream(s, [newEvent('B')], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await expect(store.appendToStream(s, [newEvent('B')], { expectedRevision: 1 })).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await store.appendToStream(s, [newEvent('B')], { expectedRevision: 0 });
        await store.appendToStream(s, [newEvent('C')], { expectedRevision: 'stream_exists' });
        await store.appendToStream(s, [newEvent('D')], { expectedRevision: 'any' });
        expect((await store.readStream(s)).map((e) => e.type)).toEqual(['A', 'B', 'C', 'D']);
      });

      it('reports the actual revision when the expectation is stale', async () => {
        const s = stream('stale');
        await store.appendToStream(s, [newEvent('A'), newEvent('B')]);
        const error = await store.appendToStream(s, [newEvent('C')], { expectedRevision: 0 }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect((error as WrongExpectedRevisionError).actual).toBe(1);
      });

      it('treats the same event ids at the same expected revision as already written', async () => {
        const s = stream('idem');
        const events = [newEvent('A'), newEvent('B')];
        const first = await store.appendToStream(s, events, { expectedRevision: 'no_stream' });
        const again = await store.appendToStream(s, events, { expectedRevision: 'no_stream' });
        expect(again).toEqual(first);
        const later = [newEvent('C')];
        const third = await store.appendToStream(s, later, { expectedRevision: 1 });
        expect(await store.appendToStream(s, later, { expectedRevision: 1 })).toEqual(third);
        expect(await store.appendToStream(s, later, { expectedRevision: 'any' })).toEqual(third);
        expect((await store.readStream(s)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
      });

      it('refuses a retry whose ids match only in part', async () => {
        const s = stream('partial');
        const a = newEvent('A');
        await store.appendToStream(s, [a]);
        await expect(store.appendToStream(s, [a, newEvent('B')], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(EventIdConflictError);
        expect(await store.readStream(s)).toHaveLength(1);
      });

      it('refuses, whole, an append with an event id already stored in another stream, one event or several', async () => {
        const taken = newEvent('A');
        await store.appendToStream(stream('holder'), [taken]);
        await expect(store.appendToStream(stream('other'), [newEvent('B'), taken])).rejects.toBeInstanceOf(EventIdConflictError);
        await expect(store.appendToStream(stream('other'), [taken], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(EventIdConflictError);
        expect(await store.readStream(stream('other'))).toEqual([]);
      });

      it('links each event to the one before it with a SHA-256 hash', async () => {
        const s = stream('chain');
        await store.appendToStream(s, [newEvent('A')]);
        await store.appendToStream(s, [newEvent('B'), newEvent('C')]);
        const events = await store.readStream(s);
        expect(events[0]!.metadata.previousHash).toBeNull();
        expect(events[1]!.metadata.previousHash).toBe(events[0]!.metadata.hash);
        expect(events[2]!.metadata.previousHash).toBe(events[1]!.metadata.hash);
        for (const event of events) {
          expect(event.metadata.hash).toMatch(/^[0-9a-f]{64}$/);
          expect(hashEvent(s, event)).toBe(event.metadata.hash);
        }
      });

      it('keeps concurrent appends with the same expectation from both succeeding', async () => {
        const s = stream('race');
        await store.appendToStream(s, [newEvent('A')]);
        const outcomes = await Promise.allSettled(
          Array.from({ length: 10 }, () => store.appendToStream(s, [newEvent('B')], { expectedRevision: 0 })),
        );
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        expect(await store.readStream(s)).toHaveLength(2);
      });
    });

    describe('reading a stream', () => {
      it('reads forwards and backwards, from a revision, with a maximum count', async () => {
        const s = stream('read');
        await store.appendToStream(s, ['A', 'B', 'C', 'D'].map((t) => newEvent(t)));
        const types = (events: RecordedEvent[]): string[] => events.map((e) => e.type);
        expect(types(await store.readStream(s, { fromRevision: 1, maxCount: 2 }))).toEqual(['B', 'C']);
        expect(types(await store.readStream(s, { direction: 'backwards', maxCount: 2 }))).toEqual(['D', 'C']);
        expect(types(await store.readStream(s, { direction: 'backwards', fromRevision: 1 }))).toEqual(['B', 'A']);
        expect(types(await store.readStream(s, { direction: 'backwards', fromRevision: 'end', maxCount: 1 }))).toEqual(['D']);
      });

      it('reads a stream that does not exist as empty', async () => {
        expect(await store.readStream(stream('missing'))).toEqual([]);
      });

      it("knows a stream's revision, -1 before its first event", async () => {
        const s = stream('revision');
        expect(await store.streamRevision(s)).toBe(-1);
        await store.appendToStream(s, [newEvent('A'), newEvent('B')]);
        await store.appendToStream(stream('other'), [newEvent('A'), newEvent('B'), newEvent('C')]);
        expect(await store.streamRevision(s)).toBe(1);
        await store.appendToStream(s, [newEvent('C')], { expectedRevision: 1 });
        expect(await store.streamRevision(s)).toBe(2);
      });
    });

    describe('reading all', () => {
      it('reads after a position, filtered by stream prefix or event type, and says how far it scanned', async () => {
        await store.appendToStream(stream('x-1'), [newEvent('X1')]);
        await store.appendToStream(stream('y-1'), [newEvent('Y1')]);
        await store.appendToStream(stream('x-2'), [newEvent('X2'), newEvent('Z')]);
        const byPrefix = await store.readAll({ filter: { streamPrefixes: [`${ns}-x-`] } });
        expect(byPrefix.events.map((e) => e.type)).toEqual(['X1', 'X2', 'Z']);
        expect(byPrefix.isEnd).toBe(true);
        const first = byPrefix.events[0]!;
        const after = await store.readAll({ after: first.position, filter: { streamPrefixes: [`${ns}-x-`] } });
        expect(after.events.map((e) => e.type)).toEqual(['X2', 'Z']);
        const typed = await store.readAll({ filter: { streamPrefixes: [`${ns}-`], eventTypes: ['Y1', 'Z'] } });
        expect(typed.events.map((e) => e.type)).toEqual(['Y1', 'Z']);
        expect(typed.scannedTo).toBeGreaterThanOrEqual(typed.events.at(-1)!.position);
      });

      it('pages with a maximum count', async () => {
        await store.appendToStream(stream('page'), ['A', 'B', 'C'].map((t) => newEvent(t)));
        const filter = { streamPrefixes: [`${ns}-page`] };
        const page1 = await store.readAll({ filter, maxCount: 2 });
        expect(page1.events.map((e) => e.type)).toEqual(['A', 'B']);
        expect(page1.isEnd).toBe(false);
        const page2 = await store.readAll({ filter, maxCount: 2, after: page1.scannedTo });
        expect(page2.events.map((e) => e.type)).toEqual(['C']);
      });

      it('knows the head position', async () => {
        const { position } = await store.appendToStream(stream('head'), [newEvent('A')]);
        expect(await store.headPosition()).toBeGreaterThanOrEqual(position);
      });
    });

    describe('subscribing to all', () => {
      it('catches up, says it is live, then follows new events', async () => {
        const filter = { streamPrefixes: [`${ns}-sub`] };
        await store.appendToStream(stream('sub-1'), [newEvent('A'), newEvent('B')]);
        const seen: string[] = [];
        let wentLive!: () => void;
        const live = new Promise<void>((resolve) => (wentLive = resolve));
        const subscription = store.subscribeToAll({ filter }, async (batch: SubscriptionBatch) => {
          seen.push(...batch.events.map((e) => e.type));
          if (batch.live) wentLive();
        });
        await live;
        expect(seen).toEqual(['A', 'B']);
        await store.appendToStream(stream('sub-2'), [newEvent('C')]);
        await store.appendToStream(stream('other'), [newEvent('NOT-ME')]);
        await waitFor(() => seen.length === 3);
        await subscription.close();
        await expect(subscription.done).resolves.toBeUndefined();
        expect(seen).toEqual(['A', 'B', 'C']);
      });

      it('starts strictly after the given position', async () => {
        const filter = { streamPrefixes: [`${ns}-from`] };
        const { position } = await store.appendToStream(stream('from'), [newEvent('A')]);
        await store.appendToStream(stream('from'), [newEvent('B')]);
        const seen: string[] = [];
        const subscription = store.subscribeToAll({ filter, after: position }, async (batch) => {
          seen.push(...batch.events.map((e) => e.type));
        });
        await waitFor(() => seen.length >= 1);
        await subscription.close();
        expect(seen).toEqual(['B']);
      });

      it('stops and rejects when the handler throws', async () => {
        await store.appendToStream(stream('boom'), [newEvent('A')]);
        const subscription = store.subscribeToAll({ filter: { streamPrefixes: [`${ns}-boom`] } }, async (batch) => {
          if (batch.events.length) throw new Error('projection failed');
        });
        await expect(subscription.done).rejects.toThrow('projection failed');
        await subscription.close();
      });
    });
  });
}

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
