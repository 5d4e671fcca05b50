import { matchesFilter } from '../../src/eventstore/event-store';
import { loansProjection } from '../../src/projections/grants-and-loans/loans';
import { paymentScheduleProjection } from '../../src/projections/grants-and-loans/payment-schedule';
import { DISTRICT, REACH_TOTALS, reachTotalsProjection } from '../../src/projections/grants-and-loans/reach-totals';
import { TALENT_GRANTS, talentGrantsProjection } from '../../src/projections/grants-and-loans/talent-grants';
import type { Projection } from '../../src/projections/projection';
import { rebuildProjections } from '../../src/projections/rebuild';
import { TIMELINE } from '../../src/projections/timeline';
import { BatchWrites } from '../../src/projections/writes';
import type { Document } from '../../src/readstore/read-store';
import { startHarness, type Harness } from '../support/http-harness';
import { grantsAndLoansWorld, REACH_FIXTURE, type GrantsAndLoansWorld } from '../support/grants-and-loans-world';

const OURS: readonly Projection[] = [talentGrantsProjection, loansProjection, paymentScheduleProjection, reachTotalsProjection];
const COLLECTIONS = OURS.flatMap((projection) => Object.keys(projection.collections));

let h: Harness;
let w: GrantsAndLoansWorld;

beforeAll(async () => {
  h = await startHarness();
  w = await grantsAndLoansWorld(h, 800);
});
afterAll(() => h.close());

async function snapshot(): Promise<Record<string, Document[]>> {
  const entries = await Promise.all(COLLECTIONS.map(async (name) => [name, await h.app.reads.collection(name).find({}, { sort: { _id: 1 } })] as const));
  return Object.fromEntries(entries);
}

describe('talent grant, loan, payment schedule and reach read models', () => {
  it('keep the sealed identity number as the event has it, and nothing opened', async () => {
    const grant = await h.app.reads.collection(TALENT_GRANTS).findOne({ _id: w.grants.paying });
    expect(grant!['person']).toEqual({ personId: w.payingPersonId, name: '王博士', identityNumber: { keyId: w.payingPersonId, iv: expect.any(String), ciphertext: expect.any(String), tag: expect.any(String) } });
    expect(JSON.stringify(await snapshot())).not.toContain(w.identityNumbers.paying);
  });

  it('keep the district totals in one document', async () => {
    const totals = await h.app.reads.collection(REACH_TOTALS).findOne({ _id: DISTRICT });
    expect(totals).toMatchObject({
      firmsRegistered: REACH_FIXTURE.firms.registered,
      starterKitCostFen: REACH_FIXTURE.firms.starterKitCostFen,
      creditLineFen: REACH_FIXTURE.creditLines.amountFen,
      loanOutstandingFen: REACH_FIXTURE.loans.outstandingFen,
      allowancePaidFen: REACH_FIXTURE.talentGrants.allowancePaidFen,
    });
  });

  it("put grants, credit lines and loans on the firm's timeline in Chinese and English, without the identity number", async () => {
    const entries = await h.app.reads.collection(TIMELINE).find({ enterpriseId: w.firms.own }, { sort: { position: 1 } });
    const ours = entries.filter((entry) => /^(talent|loan)-/.test(String(entry['stream'])));
    expect(ours.map((entry) => entry['type'])).toEqual(['TalentGrantAwarded', 'HousingSubsidyPaid', 'MonthlyAllowancePaid', 'CreditLineGranted', 'LoanApplied', 'LoanApproved', 'LoanDisbursed', 'InstalmentRepaid']);
    expect(ours[0]!['summary']).toEqual({
      zh: '人才引进奖励：王博士（全职博士），住房补贴 ¥200,000.00，生活补贴每月 ¥2,000.00，共 36 个月',
      en: 'Talent grant to 王博士 (full-time PhD): housing ¥200,000.00, ¥2,000.00 a month for 36 months',
    });
    expect(ours.at(-1)!['summary']).toEqual({ zh: '第 1 期还款 ¥1,000.00，本期尚欠 ¥2,333.33', en: 'Instalment 1: ¥1,000.00 repaid, ¥2,333.33 still owed' });
    expect(JSON.stringify(entries)).not.toContain(w.identityNumbers.paying);
  });

  it('change nothing when every event is applied again', async () => {
    const before = await snapshot();
    const events = (await h.app.events.readAll({ maxCount: 100_000 })).events;
    for (const projection of OURS) {
      const batch = new BatchWrites((collection) => collection, true, h.app.reads);
      for (const event of events) if (matchesFilter(event, projection.filter)) await batch.add(projection, event);
      await h.app.reads.writeAtomically(await batch.toWrites(h.app.reads, `${projection.name}-again`, undefined));
    }
    expect(await snapshot()).toEqual(before);
  });

  it('rebuild into exactly what the live runner built', async () => {
    await h.app.projections.stop();
    const live = await snapshot();
    await h.app.reads.collection(TALENT_GRANTS).updateOne({ _id: w.grants.paying }, { $set: { monthsPaid: 99 } });
    await rebuildProjections(h.app.events, h.app.reads, OURS);
    expect(await snapshot()).toEqual(live);
  });
});
