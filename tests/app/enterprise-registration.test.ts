import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '../../src/domain/domain-error';
import { creditCodeStream } from '../../src/domain/enterprise/credit-code-reservation';
import { enterpriseStream } from '../../src/domain/enterprise/enterprise';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { newEvent } from '../contract/event-store.contract';
import { agent, coreOn } from '../support/test-app';
import { registration } from '../support/registration';

describe('registering a firm', () => {
  let dir: string;
  let store: SqliteEventStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'concierge-reg-'));
    store = SqliteEventStore.open(join(dir, 'events.db'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets exactly one of 100 concurrent registrations of one code through', async () => {
    const core = coreOn(store);
    const outcomes = await Promise.allSettled(Array.from({ length: 100 }, () => core.registration.register(registration(7), agent)));
    const registered = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(registered).toHaveLength(1);
    expect(refused).toHaveLength(99);
    for (const { reason } of refused) expect((reason as DomainError).code).toBe('credit-code-taken');
    const page = await store.readAll({ filter: { eventTypes: ['EnterpriseRegistered'] } });
    expect(page.events).toHaveLength(1);
    expect(page.events[0]!.streamName).toBe(enterpriseStream((registered[0] as PromiseFulfilledResult<{ enterpriseId: string }>).value.enterpriseId));
  });

  it('refuses an invalid credit code without reserving it', async () => {
    const core = coreOn(store);
    const bad = registration(8, { creditCode: '91430702000000008X' });
    await expect(core.registration.register(bad, agent)).rejects.toMatchObject({ code: 'invalid-credit-code' });
    expect(await store.headPosition()).toBeUndefined();
  });

  it('completes a registration that crashed between the reservation and the firm stream', async () => {
    const core = coreOn(store);
    const code = registration(9).creditCode;
    await store.appendToStream(creditCodeStream(code), [newEvent('CreditCodeReserved', { creditCode: code, enterpriseId: 'orphan-1' })]);
    const result = await core.registration.register(registration(9), agent);
    expect(result.enterpriseId).toBe('orphan-1');
    expect((await store.readStream(enterpriseStream('orphan-1'))).map((e) => e.type)).toEqual(['EnterpriseRegistered', 'ConciergeAssigned']);
    await expect(core.registration.register(registration(9), agent)).rejects.toMatchObject({ code: 'credit-code-taken' });
  });

  it('answers a retry with the same idempotency key as the first time, writing nothing', async () => {
    const core = coreOn(store);
    const first = await core.registration.register(registration(10), agent, { idempotencyKey: 'key-1' });
    const head = await store.headPosition();
    const retry = await core.registration.register(registration(10), agent, { idempotencyKey: 'key-1' });
    expect(retry).toEqual(first);
    expect(await store.headPosition()).toBe(head);
  });
});
