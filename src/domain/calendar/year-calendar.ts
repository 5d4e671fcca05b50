import { nextDate } from './dates';

/** A stretch of public holiday (放假) as a State Council notice announces it, both days included. */
export interface HolidayPeriod {
  name: string;
  firstDay: string;
  lastDay: string;
}

/**
 * One year's exceptions to the Monday-to-Friday week, as the State Council publishes them each
 * autumn for the year after: its holidays, and the weekend days worked in exchange (调休上班).
 * Dates are Asia/Shanghai calendar dates, YYYY-MM-DD, all within the year.
 */
export interface YearCalendar {
  year: number;
  holidays: readonly HolidayPeriod[];
  workingWeekendDays: readonly string[];
}

/** Every date of a holiday period, in order. */
function periodDates({ firstDay, lastDay }: HolidayPeriod): string[] {
  const dates: string[] = [];
  for (let date = firstDay; date <= lastDay; date = nextDate(date)) dates.push(date);
  return dates;
}

export const holidayDates = (calendar: YearCalendar): string[] => calendar.holidays.flatMap(periodDates);
