import { DomainError } from '../domain-error';
import { isCalendarDate } from '../programme/calendar-date';
import { isWeekend } from './dates';
import { holidayDates, type HolidayPeriod, type YearCalendar } from './year-calendar';

/** What an admin may store as a year's calendar; the same rules hold for the years the service ships with. */
export function assertValidYearCalendar(calendar: YearCalendar): YearCalendar {
  const { year, holidays, workingWeekendDays } = calendar;
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new DomainError('invalid-calendar-year', 'The year must be a four-digit year', { field: 'year', value: year });
  }
  holidays.forEach((period, index) => assertValidPeriod(period, year, `holidays[${index}]`));
  assertNoOverlap(holidays);
  const holidaySet = new Set(holidayDates(calendar));
  workingWeekendDays.forEach((date, index) => {
    const field = `workingWeekendDays[${index}]`;
    assertDateInYear(date, year, field);
    if (!isWeekend(date)) throw new DomainError('working-day-not-weekend', `${date} is a weekday: only a Saturday or Sunday is worked in exchange (调休)`, { field });
    if (holidaySet.has(date)) throw new DomainError('holiday-and-working-day', `${date} cannot be both a holiday and a working day`, { field });
    if (workingWeekendDays.indexOf(date) !== index) throw new DomainError('duplicate-working-day', `${date} is listed twice`, { field });
  });
  return calendar;
}

function assertValidPeriod({ name, firstDay, lastDay }: HolidayPeriod, year: number, field: string): void {
  if (name.trim() === '') throw new DomainError('invalid-holiday-name', 'A holiday period needs a name', { field: `${field}.name` });
  assertDateInYear(firstDay, year, `${field}.firstDay`);
  assertDateInYear(lastDay, year, `${field}.lastDay`);
  if (lastDay < firstDay) throw new DomainError('invalid-holiday-period', `${name} ends before it begins`, { field });
}

function assertNoOverlap(holidays: readonly HolidayPeriod[]): void {
  const ordered = [...holidays].sort((a, b) => a.firstDay.localeCompare(b.firstDay));
  ordered.slice(1).forEach((period, index) => {
    const previous = ordered[index]!;
    if (period.firstDay <= previous.lastDay) {
      throw new DomainError('overlapping-holidays', `${previous.name} and ${period.name} overlap`, { periods: [previous.name, period.name] });
    }
  });
}

function assertDateInYear(date: string, year: number, field: string): void {
  if (!isCalendarDate(date)) throw new DomainError('invalid-date', `${field} must be a calendar date YYYY-MM-DD`, { field, value: date });
  if (!date.startsWith(`${year}-`)) throw new DomainError('date-outside-calendar-year', `${date} is not in ${year}`, { field });
}
