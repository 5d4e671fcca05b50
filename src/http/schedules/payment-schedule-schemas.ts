import { z } from 'zod';
import { asOfQuery, calendarDate, firmName, pageQuery } from '../schemas';

const fen = z.number().int();
const SCHEDULE_KINDS = ['allowance', 'instalment'] as const;
const ENTRY_STATUSES = ['paid', 'due', 'late', 'upcoming', 'suspended', 'ended'] as const;

export const paymentScheduleQuery = z
  .strictObject({
    from: calendarDate.describe('First Asia/Shanghai date, included'),
    to: calendarDate.describe('Last Asia/Shanghai date, included'),
    kind: z.enum(SCHEDULE_KINDS, `must be one of ${SCHEDULE_KINDS.join(', ')}`).optional(),
    enterpriseId: z.string().min(1).max(100).optional(),
    ...pageQuery,
    ...asOfQuery,
  })
  .refine(({ from, to }) => from <= to, { path: ['to'], message: 'must not be before from' });

const amounts = { amountFen: fen, paidFen: fen, owedFen: fen.describe('Unpaid and still owed: 0 once paid, or when suspended or ended') };

const scheduleEntryView = z
  .object({
    id: z.string(),
    kind: z.enum(SCHEDULE_KINDS),
    sourceId: z.string().describe('The talent grant or loan'),
    enterpriseId: z.string(),
    enterpriseName: firmName,
    number: z.number().int().describe('The allowance month or the instalment'),
    dueOn: z.string(),
    ...amounts,
    paidAt: z.string().nullable(),
    status: z.enum(ENTRY_STATUSES).describe('suspended: fell due while the grant was suspended, never owed; ended: unpaid when the grant ended'),
    late: z.boolean(),
  })
  .meta({ id: 'PaymentScheduleEntry' });

export const paymentScheduleView = z.object({
  asOn: z.string().describe('The Asia/Shanghai date lateness is judged on'),
  totals: z.object({ entries: z.number().int(), ...amounts, lateFen: fen }).describe('Over the whole range and filters, not only this page'),
  items: z.array(scheduleEntryView),
  nextCursor: z.string().nullable(),
});
