import { programmeStream } from '../../src/domain/programme/programme';
import { paymentReferenceStream } from '../../src/domain/subsidy/payment-reference-reservation';
import { subsidyStream } from '../../src/domain/subsidy/subsidy';
import { MemoryEventStore } from '../../src/eventstore/memory/memory-event-store';
import { dyingBefore } from '../support/dying-store';
import { fileApplication, subsidyCoreOn } from '../support/subsidy-core';
import { manager } from '../support/test-app';

const finance = { id: 'f-1', role: 'finance' } as const;

describe('disbursing under a payment reference', () => {
  it('completes a disbursement that died between reserving its reference and writing the application', async () => {
    const store = new MemoryEventStore();
    const before = subsidyCoreOn(store);
    const { programmeId, subsidyId } = await fileApplication(before, 1);
    await before.decisions.approve(subsidyId, 300_000, manager);
    const dying = dyingBefore(store, (stream) => stream === subsidyStream(subsidyId));
    void subsidyCoreOn(dying.store).payments.disburse(subsidyId, { amountFen: 100_000, paymentReference: 'BOC-1' }, finance);
    await dying.died;
    expect(await store.readStream(paymentReferenceStream('BOC-1'))).toHaveLength(1);

    const restarted = subsidyCoreOn(store);
    await restarted.payments.disburse(subsidyId, { amountFen: 100_000, paymentReference: 'BOC-1' }, finance);

    expect((await store.readStream(subsidyStream(subsidyId))).map((e) => e.type)).toEqual(['SubsidyApplied', 'SubsidyApproved', 'SubsidyDisbursed']);
    expect((await restarted.programmes.read(programmeId)).disbursedFen).toBe(100_000);
    // The reference is this application's now: another application cannot use it.
    const other = await fileApplication(restarted, 2);
    await restarted.decisions.approve(other.subsidyId, 300_000, manager);
    await expect(restarted.payments.disburse(other.subsidyId, { amountFen: 100_000, paymentReference: 'BOC-1' }, finance)).rejects.toMatchObject({ code: 'payment-reference-used' });
  });

  it("sends the ledger the application's totals again when a retry finds the disbursement written", async () => {
    const store = new MemoryEventStore();
    const before = subsidyCoreOn(store);
    const { programmeId, subsidyId } = await fileApplication(before, 3);
    await before.decisions.approve(subsidyId, 300_000, manager);
    const dying = dyingBefore(store, (stream, events) => stream === programmeStream(programmeId) && events[0]!.type === 'FundsDisbursed');
    void subsidyCoreOn(dying.store).payments.disburse(subsidyId, { amountFen: 100_000, paymentReference: 'BOC-2' }, finance, { idempotencyKey: 'pay-2' });
    await dying.died;

    const restarted = subsidyCoreOn(store);
    const retry = await restarted.payments.disburse(subsidyId, { amountFen: 100_000, paymentReference: 'BOC-2' }, finance, { idempotencyKey: 'pay-2' });

    expect(retry.revision).toBe(2);
    expect((await restarted.programmes.read(programmeId)).disbursedFen).toBe(100_000);
    expect((await store.readStream(subsidyStream(subsidyId))).filter((e) => e.type === 'SubsidyDisbursed')).toHaveLength(1);
  });
});
