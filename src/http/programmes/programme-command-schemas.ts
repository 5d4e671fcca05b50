import { z } from 'zod';
import { PROGRAMME_KINDS } from '../../domain/programme/terms';
import { industry, park, township } from '../district-schemas';
import { calendarDate, fen, text } from '../schemas';

export const programmeIdParams = z.strictObject({ id: z.string().min(1).max(100) });

export const publishProgrammeBody = z.strictObject({
  name: text(100),
  kind: z.enum(PROGRAMME_KINDS, `must be one of ${PROGRAMME_KINDS.join(', ')}`),
  budgetFen: fen('budgetFen'),
  capPerEnterpriseFen: fen('capPerEnterpriseFen'),
  eligibility: z
    .strictObject({
      industries: z.array(industry).max(100).default([]),
      townships: z.array(township).max(20).default([]),
      parks: z.array(park).max(20).default([]),
      minAgeMonths: z.number({ error: 'must be a whole number of months' }).int('must be a whole number of months').min(0, 'must not be negative').max(1200).default(0),
    })
    .describe('Which firms may apply: an empty list admits every firm; a blacklisted firm never may'),
  window: z.strictObject({ opensOn: calendarDate, closesOn: calendarDate }).describe('Asia/Shanghai calendar dates, both days included'),
  deferredAmountDueOn: calendarDate.nullable().optional().describe('Deferrals only: the date by which the deferred amount is to be paid'),
});

export const adjustBudgetBody = z.strictObject({ budgetFen: fen('budgetFen'), reason: text(500) });
export const closeProgrammeBody = z.strictObject({ reason: text(500) });
