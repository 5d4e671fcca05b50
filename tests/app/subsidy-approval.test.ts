import { DomainError } from '../../src/domain/domain-error';
import { programmeStream } from '../../src/domain/programme/programme';
import { commitmentFor } from '../../src/domain/programme/state';
import type { EventStore, NewEvent } from '../../src/eventstore/event-store';
import { MemoryEventStore } from '../../src/eventstore/memory/memory-event-store';
import { fileApplication, subsidyCoreOn } from '../support/subsidy-core';
import { manager } from '../support/test-app';

/** The store, with `meanwhile` run by someone else right after the first append that `when` matches. */
function interleaved(store: EventStore, when: (events: readonly NewEvent[]) => boolean, meanwhile: () => Promise<unknown>): EventStore {
  let done = false;
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'appendToStream') return Reflect.get(target, property, receiver) as unknown;
      return async (stream: string, events: readonly NewEvent[], options?: Parameters<EventStore['appendToStream']>[2]) => {
        const result = await target.appendToStream(stream, events, options);
        if (!done && when(events)) {
          done = true;
          await meanwhile();
        }
        return result;
      };
    },
  });
}

const ledgerTypes = async (store: EventStore, programmeId: string): Promise<string[]> => (await store.readStream(programmeStream(programmeId))).map((e) => e.type);

describe('approving with the programme ledger', () => {
  it('keeps the commitment of the approval written when the same approval is sent twice at once', async () => {
    const core = subsidyCoreOn();
    const { programmeId, subsidyId } = await fileApplication(core, 1);
    const outcomes = await Promise.allSettled([core.decisions.approve(subsidyId, 300_000, manager), core.decisions.approve(subsidyId, 300_000, manager)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refusal = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected')!.reason as DomainError;
    expect(refusal.code).toBe('application-already-decided');
    const programme = await core.programmes.read(programmeId);
    expect(commitmentFor(programme, subsidyId)?.status).toBe('confirmed');
    expect(programme.committedFen).toBe(300_000);
    expect(await ledgerTypes(core.events, programmeId)).toEqual(['ProgrammePublished', 'FundsCommitted', 'CommitmentConfirmed']);
  });

  it('gives the funds back when a rejection reaches the application between the commitment and the approval', async () => {
    const store = new MemoryEventStore();
    const other = subsidyCoreOn(store);
    const { programmeId, subsidyId } = await fileApplication(other, 2);
    const racing = subsidyCoreOn(interleaved(store, (events) => events[0]!.type === 'FundsCommitted', () => other.decisions.reject(subsidyId, '不符合条件', manager)));

    await expect(racing.decisions.approve(subsidyId, 300_000, manager)).rejects.toMatchObject({ code: 'application-already-decided' });

    const programme = await other.programmes.read(programmeId);
    expect(commitmentFor(programme, subsidyId)?.status).toBe('released');
    expect(programme.committedFen).toBe(0);
    expect(await ledgerTypes(store, programmeId)).toEqual(['ProgrammePublished', 'FundsCommitted', 'CommitmentReleased']);
  });
});
