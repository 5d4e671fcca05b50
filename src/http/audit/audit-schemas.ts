import { z } from 'zod';
import { ANOMALY_KINDS } from '../../projections/audit/anomaly';
import { asOfQuery, calendarDate, firmName, pageQuery } from '../schemas';

const id = z.string().min(1).max(100);
const fen = z.number().int();

export const ledgerQuery = z.strictObject({
  programmeId: id.optional(),
  enterpriseId: id.optional(),
  agentId: id.optional().describe("Entries of the firms this agent looks after (as the firms read model has it)"),
  from: calendarDate.optional().describe('First Asia/Shanghai day of payment, included'),
  to: calendarDate.optional().describe('Last Asia/Shanghai day of payment, included'),
  format: z.enum(['json', 'csv'], 'must be json or csv').default('json').describe('csv streams every matching entry, then the totals; limit and cursor page the JSON'),
  ...pageQuery,
  ...asOfQuery,
});
export type LedgerQuery = z.infer<typeof ledgerQuery>;

export const programmeAuditQuery = z.strictObject({ ...pageQuery, ...asOfQuery });
export const anomalyQuery = z.strictObject({
  kind: z.enum(ANOMALY_KINDS, `must be one of ${ANOMALY_KINDS.join(', ')}`).optional(),
  programmeId: id.optional(),
  enterpriseId: id.optional(),
  ...pageQuery,
  ...asOfQuery,
});
export const integrityQuery = z.strictObject({ ...asOfQuery });

const eventRef = z.object({ id: z.string(), stream: z.string(), revision: z.number().int(), position: z.number().int(), hash: z.string() }).meta({ id: 'EventRef' });

export const ledgerEntry = z
  .object({
    id: z.string().describe('The id of the event that moved the money'),
    kind: z.enum(['payment', 'clawback']),
    subsidyId: z.string(),
    programmeId: z.string().nullable(),
    enterpriseId: z.string().nullable(),
    enterpriseName: firmName,
    amountFen: fen.describe('Negative for money clawed back'),
    paymentReference: z.string().nullable(),
    reason: z.string().nullable(),
    approverId: z.string().nullable(),
    approvedAt: z.string().nullable(),
    approvedFen: fen,
    disburserId: z.string().describe('Who paid; for a clawback, who recorded it'),
    paidAt: z.string(),
    month: z.string().describe('YYYY-MM in Asia/Shanghai'),
    position: z.number().int(),
    provenance: z.object({ entry: eventRef, approval: eventRef.nullable(), commitment: eventRef.nullable() }),
  })
  .meta({ id: 'LedgerEntry' });

export const ledgerTotals = z
  .object({ entries: z.number().int(), payments: z.number().int(), clawbacks: z.number().int(), paidFen: fen, clawedBackFen: fen, netFen: fen })
  .meta({ id: 'LedgerTotals' });

export const ledgerPage = z.object({ items: z.array(ledgerEntry), nextCursor: z.string().nullable(), totals: ledgerTotals });

export const programmeAudit = z
  .object({
    programme: z.object({
      id: z.string(),
      name: z.string(),
      status: z.string(),
      budgetFen: fen,
      committedFen: fen,
      disbursedFen: fen,
      clawedBackFen: fen,
      remainingFen: fen,
      capPerEnterpriseFen: fen,
    }),
    months: z.array(
      z.object({
        month: z.string().describe('YYYY-MM in Asia/Shanghai'),
        committedFen: fen,
        releasedFen: fen,
        disbursedFen: fen,
        clawedBackFen: fen,
        committedToDateFen: fen.describe('Committed less released and clawed back, from the first month to this one'),
        disbursedToDateFen: fen,
      }),
    ),
    firms: z.object({
      items: z.array(z.object({ enterpriseId: z.string(), enterpriseName: firmName, committedFen: fen, disbursedFen: fen, clawedBackFen: fen, capFen: fen, headroomFen: fen, overCap: z.boolean() })),
      nextCursor: z.string().nullable(),
    }),
  })
  .meta({ id: 'ProgrammeAudit' });

export const anomalyView = z
  .object({
    id: z.string(),
    kind: z.enum(ANOMALY_KINDS),
    at: z.string().describe('When it became an anomaly'),
    subsidyId: z.string(),
    programmeId: z.string().nullable(),
    enterpriseId: z.string().nullable(),
    enterpriseName: firmName,
    amountFen: fen,
    actorId: z.string(),
    detail: z.record(z.string(), z.unknown()),
    evidence: eventRef,
  })
  .meta({ id: 'Anomaly' });

export const integrityReport = z
  .object({
    intact: z.boolean(),
    eventsChecked: z.number().int(),
    streamsChecked: z.number().int(),
    broken: z.array(z.object({ stream: z.string(), revision: z.number().int(), position: z.number().int(), eventId: z.string().nullable(), problem: z.string(), detail: z.string() })),
  })
  .meta({ id: 'IntegrityReport' });
