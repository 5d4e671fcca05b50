const DAY_MS = 86_400_000;

/** The calendar date after a YYYY-MM-DD date. */
export const nextDate = (date: string): string => addDays(date, 1);

/** The calendar date `days` days after a YYYY-MM-DD date (before it when negative). */
export const addDays = (date: string, days: number): string => new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);

export function isWeekend(date: string): boolean {
  const weekday = new Date(date).getUTCDay();
  return weekday === 0 || weekday === 6;
}
