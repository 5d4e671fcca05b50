/** "HH:MM" of a daily job, checked: 00:00 to 23:59. */
export function parseDailyTime(at: string): { hour: number; minute: number } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(at);
  if (!match) throw new RangeError(`A daily time is "HH:MM" from 00:00 to 23:59 (got "${at}")`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** The cron pattern "M H * * *" of a daily time, for schedulers that speak cron. */
export function dailyCronPattern(at: string): string {
  const { hour, minute } = parseDailyTime(at);
  return `${minute} ${hour} * * *`;
}

/**
 * The first instant strictly after `after` (epoch ms) at which the wall clock in `timeZone` reads
 * `at`. A wall time skipped by a daylight-saving jump is read with the offset in force before the
 * jump (02:30 on a spring-forward night runs at 03:30); one that occurs twice runs the first time.
 */
export function nextDailyRun(at: string, timeZone: string, after: number): number {
  const { hour, minute } = parseDailyTime(at);
  const today = wallClock(after, timeZone);
  const runOn = (day: number): number => zonedInstant(Date.UTC(today.year, today.month - 1, day, hour, minute), timeZone);
  const todays = runOn(today.day);
  return todays > after ? todays : runOn(today.day + 1);
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(instant: number, timeZone: string): WallClock {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  return { year: parts['year'] ?? 0, month: parts['month'] ?? 0, day: parts['day'] ?? 0, hour: parts['hour'] ?? 0, minute: parts['minute'] ?? 0, second: parts['second'] ?? 0 };
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const wall = wallClock(instant, timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - (instant - (instant % 1000));
}

/** The instant whose wall clock in `timeZone` reads `wallAsUtc` (a wall time written as if it were UTC). */
function zonedInstant(wallAsUtc: number, timeZone: string): number {
  const before = wallAsUtc - offsetAt(wallAsUtc - 86_400_000, timeZone);
  const after = wallAsUtc - offsetAt(wallAsUtc + 86_400_000, timeZone);
  if (before === after) return before;
  // The offset changes within a day of this wall time: take the reading that holds, else the earlier one.
  const holds = [before, after].filter((instant) => instant + offsetAt(instant, timeZone) === wallAsUtc);
  return holds.length > 0 ? Math.min(...holds) : before;
}
