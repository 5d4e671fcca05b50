import { ConcurrencyConflictError, StaleRevisionError } from '../../src/app/command-errors';
import { enterpriseDecider, enterpriseStream } from '../../src/domain/enterprise/enterprise';
import type { AppendResult, ExpectedRevision, NewEvent } from '../../src/eventstore/event-store';
import { MemoryEventStore } from '../../src/eventstore/memory/memory-event-store';
import { newEvent } from '../contract/event-store.contract';
import { coreOn, manager } from '../support/test-app';
import { registration } from '../support/registration';

async function registeredFirm(core: ReturnType<typeof coreOn>): Promise<string> {
  return (await core.registration.register(registration(1), manager)).enterpriseId;
}

describe('the command handler', () => {
  it('appends what the decider decides, in an envelope with actor, correlation and the clock', async () => {
    const core = coreOn();
    const id = await registeredFirm(core);
    core.clock.set('2026-03-03T08:00:00.000Z');
    const result = await core.commands.handle(enterpriseDecider, enterpriseStream(id), { type: 'IssueLicence' }, manager, { correlationId: 'corr-1' });
    expect(result).toMatchObject({ revision: 1, events: [{ type: 'LicenceIssued' }] });
    const [, licensed] = await core.events.readStream(enterpriseStream(id));
    expect(licensed!.metadata).toMatchObject({ actorId: 'm-1', actorRole: 'manager', correlationId: 'corr-1', causationId: null, occurredAt: '2026-03-03T08:00:00.000Z' });
  });

  it('writes nothing when the decider decides nothing', async () => {
    const core = coreOn();
    const id = await registeredFirm(core);
    await core.commands.handle(enterpriseDecider, enterpriseStream(id), { type: 'AssignConcierge', agentId: 'a-1' }, manager);
    const head = await core.events.headPosition();
    const again = await core.commands.handle(enterpriseDecider, enterpriseStream(id), { type: 'AssignConcierge', agentId: 'a-1' }, manager);
    expect(again).toMatchObject({ revision: 1, events: [] });
    expect(await core.events.headPosition()).toBe(head);
  });

  it('refuses a stale If-Match revision and writes nothing', async () => {
    const core = coreOn();
    const id = await registeredFirm(core);
    await expect(core.commands.handle(enterpriseDecider, enterpriseStream(id), { type: 'IssueLicence' }, manager, { expectedRevision: 3 })).rejects.toBeInstanceOf(
      StaleRevisionError,
    );
    expect(await core.events.readStream(enterpriseStream(id))).toHaveLength(1);
  });

  it('decides again on the new state when another writer wins the race', async () => {
    const store = new RacingStore(1);
    const core = coreOn(store);
    const id = await registeredFirm(core);
    store.rivalFor = enterpriseStream(id);
    const result = await core.commands.handle(enterpriseDecider, enterpriseStream(id), { type: 'IssueLicence' }, manager);
    expect(result.revision).toBe(2);
    expect((await store.readStream(enterpriseStream(id))).map((e) => e.type)).toEqual(['EnterpriseRegistered', 'RivalNote', 'LicenceIssued']);
  });

  it('gives up with a conflict after a bounded number of lost races', async () => {
    const store = new RacingStore(Infinity);
    const core = coreOn(store);
    const id = await registeredFirm(core);
    store.rivalFor = enterpriseStream(id);
    await expect(core.commands.handle(enterpriseDecider, enterpriseStream(id), { type: 'IssueLicence' }, manager)).rejects.toBeInstanceOf(ConcurrencyConflictError);
    expect((await store.readStream(enterpriseStream(id))).filter((e) => e.type === 'LicenceIssued')).toHaveLength(0);
  });

  it('treats a retried command with the same idempotency key as done', async () => {
    const core = coreOn();
    const id = await registeredFirm(core);
    const first = await core.commands.handle(enterpriseDecider, enterpriseStream(id), { type: 'IssueLicence' }, manager, { idempotencyKey: 'k' });
    const retry = await core.commands.handle(enterpriseDecider, enterpriseStream(id), { type: 'IssueLicence' }, manager, { idempotencyKey: 'k' });
    expect(retry).toEqual(first);
    expect(await core.events.readStream(enterpriseStream(id))).toHaveLength(2);
  });
});

/** A store where a rival slips an event into one stream just before each of our next N appends. */
class RacingStore extends MemoryEventStore {
  rivalFor = '';
  constructor(private races: number) {
    super();
  }

  override async appendToStream(stream: string, events: readonly NewEvent[], options: { expectedRevision?: ExpectedRevision } = {}): Promise<AppendResult> {
    if (stream === this.rivalFor && this.races > 0 && events[0]?.type !== 'RivalNote') {
      this.races -= 1;
      await super.appendToStream(stream, [newEvent('RivalNote')]);
    }
    return super.appendToStream(stream, events, options);
  }
}
