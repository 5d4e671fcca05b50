import { z } from 'zod';
import { calendarDate, text } from '../schemas';

export const calendarYearParams = z.strictObject({
  year: z
    .string()
    .regex(/^[1-9]\d{3}$/, 'must be a four-digit year')
    .transform(Number),
});

const holidayPeriod = z.strictObject({ name: text(50), firstDay: calendarDate, lastDay: calendarDate });

export const yearCalendarBody = z.strictObject({
  holidays: z.array(holidayPeriod).max(50).describe('The public holidays (放假) as the State Council announces them, both days included'),
  workingWeekendDays: z.array(calendarDate).max(50).describe('The Saturdays and Sundays worked in exchange (调休上班)'),
});

export const yearCalendarView = z
  .object({
    year: z.number().int(),
    holidays: z.array(z.object({ name: z.string(), firstDay: z.string(), lastDay: z.string() })),
    workingWeekendDays: z.array(z.string()),
    source: z.enum(['default', 'set']).describe('Shipped with the service, or set by an admin since'),
  })
  .meta({ id: 'YearCalendar' });
