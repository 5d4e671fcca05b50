import { shanghaiDate } from './working-time';

const SHANGHAI_OFFSET = '+08:00';

const isoDate = (year: number, monthIndex: number, day: number): string => new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);

function monthOf(instant: number, monthsLater: number): [year: number, monthIndex: number] {
  const [year, month] = shanghaiDate(instant).split('-').map(Number) as [number, number];
  return [year, month - 1 + monthsLater];
}

/** The first day (YYYY-MM-DD) of the month `monthsLater` months after the Shanghai month of `instant`. */
export function firstDayOfMonth(instant: number, monthsLater: number): string {
  const [year, monthIndex] = monthOf(instant, monthsLater);
  return isoDate(year, monthIndex, 1);
}

/** The last day (YYYY-MM-DD) of the month `monthsLater` months after the Shanghai month of `instant`. */
export function lastDayOfMonth(instant: number, monthsLater: number): string {
  const [year, monthIndex] = monthOf(instant, monthsLater);
  return isoDate(year, monthIndex + 1, 0);
}

/** The Shanghai midnight a calendar date starts at. */
export const startOfDate = (date: string): number => Date.parse(`${date}T00:00:00${SHANGHAI_OFFSET}`);
