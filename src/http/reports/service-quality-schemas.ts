import { z } from 'zod';
import { asOfQuery } from '../schemas';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM');

export const serviceQualityQuery = z
  .strictObject({
    from: month.optional().describe('First Asia/Shanghai month of completion, included'),
    to: month.optional().describe('Last Asia/Shanghai month of completion, included'),
    ...asOfQuery,
  })
  .refine(({ from, to }) => !from || !to || from <= to, { message: 'must not come before from', path: ['to'] });

const rate = z.number().min(0).max(1).nullable();

export const qualityFigures = z.object({
  completed: z.number().int(),
  rated: z.number().int(),
  satisfied: z.number().int().describe('Rated 3 (基本满意) to 5 (非常满意)'),
  onTime: z.number().int(),
  workingDaysSaved: z.number().int().describe('Statutory working days less those taken, summed over the tasks completed'),
  evaluationRate: rate.describe('评价率: rated / completed; null when none completed'),
  satisfactionRate: rate.describe('满意率: ratings 3 to 5 / all ratings; null when none rated'),
  onTimeRate: rate.describe('On time / completed'),
  averageWorkingDaysSaved: z.number().nullable().describe('Working days saved against the statutory limit, per task completed'),
});

export const serviceQualityReport = z
  .object({
    from: month.nullable(),
    to: month.nullable(),
    asOf: z.string().nullable(),
    overall: qualityFigures,
    byAgent: z.array(qualityFigures.extend({ agentId: z.string() })),
    byService: z.array(qualityFigures.extend({ serviceId: z.string(), nameZh: z.string(), nameEn: z.string() })),
    byMonth: z.array(qualityFigures.extend({ month: z.string() })),
  })
  .meta({ id: 'ServiceQualityReport' });
