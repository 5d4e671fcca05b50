import { PassThrough } from 'node:stream';
import type { EventStoreDBClient } from '@eventstore/db-client';
// The client's own subscription stream, fed by a fake gRPC stream: the order in which it hands on events and checkpoints is what is tested.
import { Subscription as ClientSubscription } from '@eventstore/db-client/dist/streams/utils/Subscription';
import { EsdbEventStore } from '../../src/eventstore/esdb/esdb-event-store';
import type { SubscriptionBatch } from '../../src/eventstore/event-store';

const resolved = (stream: string, position: number) => ({
  commitPosition: BigInt(position),
  event: {
    streamId: stream,
    id: crypto.randomUUID(),
    revision: 0n,
    type: 'Happened',
    data: {},
    metadata: { schemaVersion: 1, actorId: 'a-1', actorRole: 'agent', correlationId: 'c', causationId: null, occurredAt: '2026-03-02T02:00:00.000Z', previousHash: null, hash: 'h' },
    position: { commit: BigInt(position), prepare: BigInt(position) },
  },
});
const eventResponse = (stream: string, position: number) => ({ hasEvent: () => true, getEvent: () => resolved(stream, position) });
const checkpointResponse = (position: number) => ({
  hasCheckpoint: () => true,
  getCheckpoint: () => ({ getCommitPosition: () => String(position), getPreparePosition: () => String(position) }),
});

/** A client whose $all is empty to read and whose live subscription is fed by the test. */
function fakeClient() {
  const grpc = Object.assign(new PassThrough({ objectMode: true }), { cancel: () => grpc.end() });
  const client = {
    readAll: () => (async function* () {})(),
    subscribeToAll: ({ filter }: { filter: { checkpointReached: (...args: unknown[]) => void } }) =>
      new ClientSubscription(() => Promise.resolve(grpc) as never, (event: unknown) => event, {}, filter.checkpointReached as never),
  };
  return { client: client as unknown as EventStoreDBClient, grpc };
}

async function until(reached: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!reached()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('the EventStoreDB live subscription, with a server-side filter', () => {
  it('moves its position to each checkpoint the server sends, past the events the filter leaves out', async () => {
    const { client, grpc } = fakeClient();
    const batches: SubscriptionBatch[] = [];
    const subscription = new EsdbEventStore(client).subscribeToAll({ filter: { streamPrefixes: ['enterprise-'] } }, async (batch) => {
      batches.push(batch);
    });
    grpc.write(eventResponse('enterprise-1', 100));
    await until(() => batches.at(-1)?.position === 100);
    grpc.write(checkpointResponse(250));
    await until(() => batches.at(-1)?.position === 250);
    await subscription.close();
    expect(batches.flatMap((batch) => batch.events.map((e) => e.position))).toEqual([100]);
    expect(batches.at(-1)).toMatchObject({ events: [], position: 250, live: true });
  });

  it('never lets a checkpoint overtake events the client still holds while the subscription is paused', async () => {
    const { client, grpc } = fakeClient();
    const delivered: number[] = [];
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const subscription = new EsdbEventStore(client).subscribeToAll({ filter: { streamPrefixes: ['enterprise-'] }, batchSize: 2 }, async (batch) => {
      delivered.push(...batch.events.map((e) => e.position));
      if (++calls === 2) await blocked; // the first live batch holds the handler while more arrive
    });
    grpc.write(eventResponse('enterprise-1', 100));
    await until(() => delivered.length === 1);
    for (const position of [110, 120, 130, 140]) grpc.write(eventResponse('enterprise-1', position));
    grpc.write(checkpointResponse(500));
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await until(() => delivered.length === 5);
    await subscription.close();
    expect(delivered).toEqual([100, 110, 120, 130, 140]);
  });
});
