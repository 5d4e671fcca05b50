import { z } from 'zod';
import { isCalendarDate } from '../domain/programme/calendar-date';

/** Shared request and response shapes: money, pages, command answers, problems. */
export const fen = (what: string) => z.number({ error: `${what} must be a whole number of fen` }).int(`${what} must be a whole number of fen`).min(0, `${what} must not be negative`).max(Number.MAX_SAFE_INTEGER);
export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
export const calendarDate = z.string().refine(isCalendarDate, 'must be a calendar date YYYY-MM-DD');
/** 一次性告知: the materials asked for or supplied, named one by one. */
export const materialItems = z.array(text(200)).min(1, 'must list at least one item').max(100);
export const instant = z.iso.datetime({ offset: true, error: 'must be an ISO-8601 instant such as 2026-01-31T16:00:00Z' });

export const pageQuery = {
  limit: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(500, 'must be at most 500').default(50),
  cursor: z.string().min(1).max(2000).optional(),
};

export const asOfQuery = { asOf: instant.optional() };

export const commandAnswer = z.object({ id: z.string(), revision: z.number().int() }).meta({ id: 'CommandAnswer' });

/** A firm's name beside its id, as the firms read model has it: null when the record names no firm. */
export const firmName = z.string().nullable().describe("The firm's name, as the firms read model has it");

export const page = <Item extends z.ZodType>(item: Item) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().optional(),
    errors: z.array(z.object({ in: z.enum(['body', 'query', 'path', 'header']), field: z.string(), message: z.string() })).optional(),
    correlationId: z.string().optional(),
  })
  .meta({ id: 'Problem' });
