import { PUBLIC_HOLIDAYS, SWAPPED_WORKING_DAYS } from './holidays';

/** Asia/Shanghai has been UTC+8 all year round since 1991. */
const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Office hours of the service centre, in minutes after local midnight: 08:30–17:30. */
export const OFFICE_OPENS = 8 * 60 + 30;
export const OFFICE_CLOSES = 17 * 60 + 30;
export const WORKING_DAY_MINUTES = OFFICE_CLOSES - OFFICE_OPENS;

const localDay = (instant: number): number => Math.floor((instant + OFFSET_MS) / DAY_MS);
const midnightOf = (day: number): number => day * DAY_MS - OFFSET_MS;
const dateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

function isWorkingDayNumber(day: number): boolean {
  const date = dateOfDay(day);
  if (PUBLIC_HOLIDAYS.has(date)) return false;
  if (SWAPPED_WORKING_DAYS.has(date)) return true;
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The Shanghai calendar date of an instant (ms since the epoch), as YYYY-MM-DD. */
export const shanghaiDate = (instant: number): string => dateOfDay(localDay(instant));

/** Minutes since Shanghai midnight, fractional. */
export const minuteOfDay = (instant: number): number => (instant - midnightOf(localDay(instant))) / MINUTE_MS;

export const isWorkingDay = (instant: number): boolean => isWorkingDayNumber(localDay(instant));

export function isOfficeHours(instant: number): boolean {
  const minute = minuteOfDay(instant);
  return isWorkingDay(instant) && minute >= OFFICE_OPENS && minute < OFFICE_CLOSES;
}

/** The instant `minutes` of office time after `instant`; counting starts at the next opening when the office is shut. */
export function addWorkingMinutes(instant: number, minutes: number): number {
  let day = localDay(instant);
  let minute = minuteOfDay(instant);
  let remaining = minutes;
  for (;;) {
    if (!isWorkingDayNumber(day) || minute >= OFFICE_CLOSES) {
      day += 1;
      minute = OFFICE_OPENS;
      continue;
    }
    minute = Math.max(minute, OFFICE_OPENS);
    const available = OFFICE_CLOSES - minute;
    if (remaining <= available) return Math.round(midnightOf(day) + (minute + remaining) * MINUTE_MS);
    remaining -= available;
    day += 1;
    minute = OFFICE_OPENS;
  }
}

/** Office minutes between two instants (0 when `to` is not after `from`). */
export function workingMinutesBetween(from: number, to: number): number {
  let total = 0;
  for (let day = localDay(from); day <= localDay(to); day += 1) {
    if (!isWorkingDayNumber(day)) continue;
    const opens = Math.max(from, midnightOf(day) + OFFICE_OPENS * MINUTE_MS);
    const closes = Math.min(to, midnightOf(day) + OFFICE_CLOSES * MINUTE_MS);
    if (closes > opens) total += (closes - opens) / MINUTE_MS;
  }
  return total;
}

/** The same instant a whole number of calendar years earlier, as the service sees "two years ago". */
export function yearsBefore(instant: number, years: number): number {
  const date = new Date(instant);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.getTime();
}

export const DAY = DAY_MS;
