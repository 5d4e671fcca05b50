import { z } from 'zod';
import { asOfQuery, pageQuery } from '../schemas';

const id = z.string().min(1).max(100);
const fen = z.number().int();

const TALENT_GRANT_STATUSES = ['active', 'suspended', 'ended'] as const;

export const talentGrantListQuery = z.strictObject({
  enterpriseId: id.optional(),
  status: z.enum(TALENT_GRANT_STATUSES, `must be one of ${TALENT_GRANT_STATUSES.join(', ')}`).optional(),
  ...pageQuery,
  ...asOfQuery,
});
export const talentGrantQuery = z.strictObject({ ...asOfQuery });

export const talentGrantView = z
  .object({
    id: z.string(),
    enterpriseId: z.string(),
    person: z.object({
      personId: z.string(),
      name: z.string(),
      identityNumber: z.string().nullable().describe('In full to finance, masked (4301**********1234) to everyone else; null once erased'),
      erased: z.boolean().describe("True once the person's key is erased: the identity number is unreadable for good"),
    }),
    tier: z.enum(['full-time-phd', 'high-end-skilled', 'custom']),
    housingSubsidyFen: fen,
    monthlyAllowanceFen: fen,
    months: z.number().int(),
    startsOn: z.string(),
    awardedBy: z.string(),
    awardedAt: z.string(),
    status: z.enum(TALENT_GRANT_STATUSES),
    housingPaidAt: z.string().nullable(),
    housingPaidBy: z.string().nullable(),
    monthsPaid: z.number().int(),
    allowancePaidFen: fen,
    suspensions: z.array(z.object({ from: z.string(), to: z.string().nullable(), reason: z.string() })),
    ending: z.object({ reason: z.string(), endedAt: z.string() }).nullable(),
    revision: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'TalentGrant' });
