import { z } from 'zod';
import { asOfQuery, firmName, pageQuery } from '../schemas';

const id = z.string().min(1).max(100);

export const SUBSIDY_STATUSES = ['applied', 'approved', 'rejected', 'closed'] as const;

export const subsidyListQuery = z.strictObject({
  programmeId: id.optional(),
  enterpriseId: id.optional(),
  status: z.enum(SUBSIDY_STATUSES, `must be one of ${SUBSIDY_STATUSES.join(', ')}`).optional(),
  ...pageQuery,
  ...asOfQuery,
});
export const subsidyQuery = z.strictObject({ ...asOfQuery });

const fen = z.number().int();

export const subsidyView = z
  .object({
    id: z.string(),
    programmeId: z.string(),
    enterpriseId: z.string(),
    enterpriseName: firmName,
    agentId: z.string().nullable().describe("The firm's concierge, as the firms read model has it"),
    requestedFen: fen,
    status: z.enum(SUBSIDY_STATUSES),
    appliedAt: z.string(),
    materialsRequests: z.array(z.object({ missingItems: z.array(z.string()), requestedAt: z.string(), requestedBy: z.string() })),
    outstandingMaterials: z.array(z.string()),
    materialsSupplied: z.array(z.object({ items: z.array(z.string()), suppliedAt: z.string() })),
    approval: z.object({ approvedFen: fen, approverId: z.string(), approvedAt: z.string() }).nullable(),
    rejection: z.object({ reason: z.string(), rejectedAt: z.string() }).nullable(),
    disbursedFen: fen,
    clawedBackFen: fen,
    payments: z.array(z.object({ amountFen: fen, paymentReference: z.string(), disbursedBy: z.string(), disbursedAt: z.string() })),
    disburserIds: z.array(z.string()),
    clawbacks: z.array(z.object({ amountFen: fen, reason: z.string(), clawedBackAt: z.string(), clawedBackBy: z.string() })),
    closedAt: z.string().nullable(),
    revision: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SubsidyApplication' });
