import { DEFAULT_YEAR_CALENDARS } from '../../domain/calendar/default-years';
import { workingCalendar, type WorkingCalendar } from '../../domain/calendar/working-calendar';
import { addWorkingDays, type PausedInterval } from '../../domain/calendar/working-days';
import { startOfDate } from './calendar-months';
import type { Random } from './random';
import { OFFICE_CLOSES, OFFICE_OPENS, shanghaiDate, WORKING_DAY_MINUTES } from './working-time';

const MINUTE = 60_000;

/**
 * The calendar the task service counts with until an admin sets a year: the seed counts due dates
 * exactly as the service will. A date outside its years throws calendar-year-missing, as the service would.
 */
export const SHIPPED_CALENDAR: WorkingCalendar = workingCalendar(DEFAULT_YEAR_CALENDARS);

/** The working date `days` working days after `date`, the paused days left out. */
export const workingDateAfter = (date: string, days: number, pauses: readonly PausedInterval[] = []): string => addWorkingDays(SHIPPED_CALENDAR, date, days, pauses);

/**
 * An instant in office hours on `date`, and after `after` (by a few minutes at least): when the
 * office has closed on that date by then, a few minutes after `after`, still on the same date.
 */
export function officeInstantOn(random: Random, date: string, after = 0): number {
  const opens = startOfDate(date) + OFFICE_OPENS * MINUTE;
  const closes = startOfDate(date) + OFFICE_CLOSES * MINUTE;
  const earliest = Math.max(opens, after + 5 * MINUTE);
  if (earliest >= closes) return after + (5 + random() * 25) * MINUTE;
  return earliest + random() * Math.min(closes - earliest, WORKING_DAY_MINUTES * MINUTE);
}

/** An instant in office hours from `min` to `max` working days (whole) after the date of `after`, and after `after`. */
export function workingDaysAfter(random: Random, after: number, min: number, max: number): number {
  const days = min + Math.floor(random() * (max - min + 1));
  return officeInstantOn(random, workingDateAfter(shanghaiDate(after), days), after);
}
