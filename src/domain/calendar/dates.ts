const DAY_MS = 86_400_000;

/** The calendar date after a YYYY-MM-DD date. */
export const nextDate = (date: string): string => new Date(Date.parse(date) + DAY_MS).toISOString().slice(0, 10);

export function isWeekend(date: string): boolean {
  const weekday = new Date(date).getUTCDay();
  return weekday === 0 || weekday === 6;
}
