import { z } from 'zod';
import { asOfQuery, pageQuery } from '../schemas';

const id = z.string().min(1).max(100);
const fen = z.number().int();

const LOAN_KINDS = ['credit-line', 'loan'] as const;
/** `granted` is a credit line's only status; the others are a guaranteed loan's. */
const LOAN_STATUSES = ['granted', 'applied', 'approved', 'rejected', 'disbursed', 'settled'] as const;

export const loanListQuery = z.strictObject({
  enterpriseId: id.optional(),
  kind: z.enum(LOAN_KINDS, `must be one of ${LOAN_KINDS.join(', ')}`).optional(),
  status: z.enum(LOAN_STATUSES, `must be one of ${LOAN_STATUSES.join(', ')}`).optional(),
  ...pageQuery,
  ...asOfQuery,
});
export const loanQuery = z.strictObject({ ...asOfQuery });

export const loanView = z
  .object({
    id: z.string(),
    kind: z.enum(LOAN_KINDS),
    enterpriseId: z.string(),
    bank: z.string().optional().describe('A credit line only'),
    amountFen: fen,
    termMonths: z.number().int(),
    status: z.enum(LOAN_STATUSES),
    openedAt: z.string().describe('When the credit line was granted or the loan applied for'),
    approval: z.object({ approvedBy: z.string(), approvedAt: z.string() }).nullable().optional(),
    rejection: z.object({ reason: z.string(), rejectedAt: z.string() }).nullable().optional(),
    disbursement: z.object({ amountFen: fen, disbursedBy: z.string(), disbursedAt: z.string() }).nullable().optional(),
    instalments: z
      .array(z.object({ instalment: z.number().int(), dueOn: z.string(), principalFen: fen, repaidFen: fen, owedFen: fen, overdue: z.boolean() }))
      .optional()
      .describe('A loan only, once disbursed'),
    repaidFen: fen.optional(),
    owedFen: fen.optional(),
    settledAt: z.string().nullable().optional(),
    revision: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Loan' });
