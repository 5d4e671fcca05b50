import type { SealedPersonalData } from '../../src/domain/sealed-personal-data';
import type { AwardTalentGrant } from '../../src/domain/talent/commands';
import type { TalentGrantAwarded } from '../../src/domain/talent/events';

/** Valid under GB 11643: region 430102, born 1990-03-07, check character 4. */
export const IDENTITY_NUMBER = '430102199003071234';

/** What the deciders see of a sealed identity number: its shape, never its plaintext. */
export const sealedFor = (personId: string): SealedPersonalData => ({ keyId: personId, iv: 'AAAAAAAAAAAAAAAA', ciphertext: 'c2VhbGVk', tag: 'AAAAAAAAAAAAAAAAAAAAAA==' });

export const talentAward = (overrides: Partial<AwardTalentGrant> = {}): AwardTalentGrant => ({
  type: 'AwardTalentGrant',
  talentId: 't-1',
  person: { personId: 'person-1', name: '李明', identityNumber: sealedFor('person-1') },
  enterpriseId: 'e-1',
  terms: { tier: 'full-time-phd' },
  months: 36,
  enterprise: { status: 'licensed', blacklisted: false },
  ...overrides,
});

/** The award of talentAward() as written at `awardedAt` by manager m-1. */
export const talentAwarded = (awardedAt: string, startsOn: string, months = 36): TalentGrantAwarded => ({
  type: 'TalentGrantAwarded',
  data: {
    talentId: 't-1',
    person: { personId: 'person-1', name: '李明', identityNumber: sealedFor('person-1') },
    enterpriseId: 'e-1',
    tier: 'full-time-phd',
    housingSubsidyFen: 20_000_000,
    monthlyAllowanceFen: 200_000,
    months,
    startsOn,
    awardedBy: 'm-1',
    awardedAt,
  },
});
