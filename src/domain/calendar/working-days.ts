import { DomainError } from '../domain-error';
import { isCalendarDate } from '../programme/calendar-date';
import { addDays, nextDate } from './dates';
import { assertCovered, isWorkingDay, type WorkingCalendar } from './working-calendar';

/**
 * The clock stopped while the ball was in the firm's court: the days after `from` up to and
 * including `to`. The day the firm was asked still counts, since the district held the file; the
 * day it answered does not, and the clock runs again from the next day.
 */
export interface PausedInterval {
  from: string;
  to: string;
}

/**
 * The date `days` counted working days after `start`. A period never counts the day it begins
 * (民法典 第二百零一条), so counting starts the next day and 0 days is `start` itself (当场办结).
 */
export function addWorkingDays(calendar: WorkingCalendar, start: string, days: number, pauses: readonly PausedInterval[] = []): string {
  if (!Number.isSafeInteger(days) || days < 0) throw new DomainError('invalid-working-days', 'A number of working days is a whole number, zero or more', { value: days });
  assertValidPauses(pauses);
  assertCovered(calendar, start);
  let date = start;
  for (let counted = 0; counted < days; ) {
    date = nextDate(date);
    if (isCounted(calendar, date, pauses)) counted += 1;
  }
  return date;
}

/** The working day `days` working days before `end`: two before a Monday is the Thursday before it. */
export function workingDaysBefore(calendar: WorkingCalendar, end: string, days: number): string {
  assertCovered(calendar, end);
  let date = end;
  for (let counted = 0; counted < days; ) {
    date = addDays(date, -1);
    if (isWorkingDay(calendar, date)) counted += 1;
  }
  return date;
}

/** Counted working days after `from` up to and including `to`: the inverse of addWorkingDays; negative when `to` comes first. */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string, pauses: readonly PausedInterval[] = []): number {
  assertCovered(calendar, from);
  assertCovered(calendar, to);
  if (to < from) return -workingDaysBetween(calendar, to, from, pauses);
  assertValidPauses(pauses);
  let count = 0;
  for (let date = from; date < to; ) {
    date = nextDate(date);
    if (isCounted(calendar, date, pauses)) count += 1;
  }
  return count;
}

const isCounted = (calendar: WorkingCalendar, date: string, pauses: readonly PausedInterval[]): boolean =>
  isWorkingDay(calendar, date) && !pauses.some(({ from, to }) => from < date && date <= to);

function assertValidPauses(pauses: readonly PausedInterval[]): void {
  pauses.forEach(({ from, to }, index) => {
    if (!isCalendarDate(from) || !isCalendarDate(to) || to < from) {
      throw new DomainError('invalid-pause', 'A pause runs from one calendar date to the same or a later one', { field: `pauses[${index}]` });
    }
  });
}
