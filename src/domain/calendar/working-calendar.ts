import { DomainError } from '../domain-error';
import { isCalendarDate } from '../programme/calendar-date';
import { isWeekend } from './dates';
import { assertValidYearCalendar } from './validate-year-calendar';
import { holidayDates, type YearCalendar } from './year-calendar';

/** The years whose working days are known, folded into lookups. */
export interface WorkingCalendar {
  readonly years: ReadonlySet<number>;
  readonly holidays: ReadonlySet<string>;
  readonly workingWeekendDays: ReadonlySet<string>;
}

export function workingCalendar(yearCalendars: readonly YearCalendar[]): WorkingCalendar {
  const years = new Set<number>();
  for (const calendar of yearCalendars) {
    assertValidYearCalendar(calendar);
    if (years.has(calendar.year)) throw new DomainError('duplicate-calendar-year', `${calendar.year} is given twice`, { year: calendar.year });
    years.add(calendar.year);
  }
  return {
    years,
    holidays: new Set(yearCalendars.flatMap(holidayDates)),
    workingWeekendDays: new Set(yearCalendars.flatMap((calendar) => calendar.workingWeekendDays)),
  };
}

/** A working day of the Asia/Shanghai date; a date of a year without a calendar is refused, not guessed. */
export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  assertCovered(calendar, date);
  if (calendar.holidays.has(date)) return false;
  return calendar.workingWeekendDays.has(date) || !isWeekend(date);
}

export function assertCovered(calendar: WorkingCalendar, date: string): void {
  if (!isCalendarDate(date)) throw new DomainError('invalid-date', `${date} is not a calendar date YYYY-MM-DD`, { value: date });
  const year = Number(date.slice(0, 4));
  if (!calendar.years.has(year)) {
    throw new DomainError('calendar-year-missing', `There is no working-day calendar for ${year} yet: its working days cannot be counted`, { year });
  }
}
