import { startOfDate } from './calendar-months';
import type { Random } from './random';
import { addWorkingMinutes, WORKING_DAY_MINUTES } from './working-time';

/** An instant in office hours between two instants, or undefined when there is no room. */
export function officeInstantBetween(random: Random, from: number, to: number): number | undefined {
  if (from >= to) return undefined;
  const at = addWorkingMinutes(from + random() * (to - from), random() * WORKING_DAY_MINUTES);
  return at <= to ? at : undefined;
}

/** An instant in office hours from `min` to `max` working days after `instant`. */
export const workingDaysLater = (random: Random, instant: number, min: number, max: number): number =>
  addWorkingMinutes(instant, (min + random() * (max - min)) * WORKING_DAY_MINUTES);

/** An instant in office hours on one of the first `days` working days on or after the Shanghai date `date`. */
export const officeInstantFromDate = (random: Random, date: string, days: number): number => addWorkingMinutes(startOfDate(date), random() * days * WORKING_DAY_MINUTES);
