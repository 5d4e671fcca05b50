import { z } from 'zod';
import { REMINDER_KINDS } from '../../domain/reminder/reminder';
import { pageQuery } from '../schemas';

export const reminderInboxQuery = z.strictObject({
  kind: z.enum(REMINDER_KINDS, `must be one of ${REMINDER_KINDS.join(', ')}`).optional(),
  ...pageQuery,
});

const localized = z.object({ zh: z.string(), en: z.string() });

export const reminderView = z
  .object({
    key: z.string().describe('Deterministic: what, which item, which deadline, which offset; every delivery carries it as its idempotency key'),
    kind: z.enum(REMINDER_KINDS),
    title: localized,
    body: localized,
    deadline: z.string().describe('The Asia/Shanghai date the reminder is about'),
    offset: z.enum(['-2wd', '-7d', '-1d', '0d', 'overdue']).describe('-2wd two working days before, -7d/-1d calendar days before, 0d on the day, overdue once passed'),
    sentAt: z.string(),
    subject: z.object({
      enterpriseId: z.string().optional(),
      taskId: z.string().optional(),
      loanId: z.string().optional(),
      talentId: z.string().optional(),
      programmeId: z.string().optional(),
      subsidyId: z.string().optional(),
      number: z.number().int().optional().describe('The instalment or allowance month'),
    }),
    deliveredOn: z.array(z.enum(['webhook', 'email'])).describe('The channels outside Concierge it has been delivered on'),
  })
  .meta({ id: 'Reminder' });
