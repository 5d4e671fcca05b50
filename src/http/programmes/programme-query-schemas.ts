import { z } from 'zod';
import { PROGRAMME_KINDS } from '../../domain/programme/terms';
import { asOfQuery, pageQuery } from '../schemas';

export const programmeListQuery = z.strictObject({
  status: z.enum(['open', 'closed'], 'must be open or closed').optional(),
  kind: z.enum(PROGRAMME_KINDS, `must be one of ${PROGRAMME_KINDS.join(', ')}`).optional(),
  ...pageQuery,
  ...asOfQuery,
});
export const programmeQuery = z.strictObject({ ...asOfQuery });
export const eligibleEnterprisesQuery = z.strictObject({ ...pageQuery, ...asOfQuery });

const fen = z.number().int();

export const programmeView = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(PROGRAMME_KINDS),
    status: z.enum(['open', 'closed']),
    capPerEnterpriseFen: fen,
    eligibility: z.object({ industries: z.array(z.string()), townships: z.array(z.string()), parks: z.array(z.string()), minAgeMonths: z.number().int() }),
    window: z.object({ opensOn: z.string(), closesOn: z.string() }),
    deferredAmountDueOn: z.string().nullable(),
    budgetFen: fen,
    committedFen: fen.describe('Held by approvals (and commitments not yet confirmed), less what was released or clawed back'),
    disbursedFen: fen,
    clawedBackFen: fen,
    remainingFen: fen.describe('Budget less committed'),
    publishedAt: z.string(),
    closure: z.object({ reason: z.string(), closedAt: z.string() }).nullable(),
    revision: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Programme' });
