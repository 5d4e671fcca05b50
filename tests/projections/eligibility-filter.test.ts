import { unmetEligibilityRule, type FirmProfile } from '../../src/domain/programme/eligibility';
import type { EligibilityRules } from '../../src/domain/programme/terms';
import { eligibilityFilter } from '../../src/projections/eligibility-filter';
import { EmbeddedReadStore } from '../../src/readstore/embedded/embedded-read-store';

const HOUR = 60 * 60 * 1000;
const profiles: Omit<FirmProfile, 'registeredAt'>[] = [
  { industry: 'I65', township: '穿紫河街道', park: '武陵移动互联网产业园' },
  { industry: 'I65', township: '丹阳街道', park: null },
  { industry: 'A01', township: '穿紫河街道', park: '武陵商贸物流园' },
];

/** Registrations every 7 hours from December to April, so every Asia/Shanghai midnight and month end is straddled. */
type Firm = FirmProfile & { _id: string; blacklisted: boolean; status: string };

function firms(): Firm[] {
  const out: Firm[] = [];
  for (let t = Date.parse('2025-11-20T00:00:00Z'), n = 0; t < Date.parse('2026-04-05T00:00:00Z'); t += 7 * HOUR, n += 1) {
    const profile = profiles[n % profiles.length]!;
    out.push({ ...profile, _id: `firm-${n}`, registeredAt: new Date(t).toISOString(), blacklisted: n % 17 === 0, status: n % 19 === 0 ? 'deregistered' : 'licensed' });
  }
  return out;
}

describe('the eligibility filter over the firms read model', () => {
  const all = firms();
  const reads = EmbeddedReadStore.open(':memory:');
  beforeAll(() => reads.collection('enterprises').bulkWrite(all.map((firm) => ({ insertOne: { document: { ...firm } } }))));

  const rulesCases: EligibilityRules[] = [0, 1, 2, 3].flatMap((minAgeMonths) => [
    { industries: [], townships: [], parks: [], minAgeMonths },
    { industries: ['I65'], townships: ['穿紫河街道'], parks: [], minAgeMonths },
    { industries: [], townships: [], parks: ['武陵商贸物流园', '武陵移动互联网产业园'], minAgeMonths },
  ]);
  // Month ends and the hours either side of an Asia/Shanghai midnight.
  const nows = ['2026-03-31T15:59:59.999Z', '2026-03-31T16:00:00.000Z', '2026-02-28T16:30:00.000Z', '2026-01-30T23:00:00.000Z', '2026-03-30T16:00:00.000Z', '2026-04-04T12:00:00.000Z'];

  it.each(nows)('admits exactly the firms unmetEligibilityRule admits, never a blacklisted or deregistered one, at %s', async (now) => {
    for (const rules of rulesCases) {
      const found = (await reads.collection('enterprises').find(eligibilityFilter(rules, now))).map((firm) => firm._id).sort();
      const expected = all
        .filter((firm) => !firm.blacklisted && firm.status !== 'deregistered' && unmetEligibilityRule(rules, firm, now) === undefined)
        .map((firm) => firm._id)
        .sort();
      expect({ rules, found }).toEqual({ rules, found: expected });
    }
  });
});
