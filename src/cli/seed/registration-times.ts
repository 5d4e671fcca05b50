import type { Channel } from '../../domain/enterprise/events';
import { chance, type Random } from './random';
import { isWorkingDay, minuteOfDay, OFFICE_CLOSES, OFFICE_OPENS } from './working-time';

/**
 * How likely a registration is at an instant, from 0 to 1: at the window only in office hours
 * on working days; online mostly then too, some in the evening and at weekends, hardly at night.
 */
export function registrationActivity(instant: number, channel: Channel): number {
  const minute = minuteOfDay(instant);
  const working = isWorkingDay(instant);
  const office = working && minute >= OFFICE_OPENS && minute < OFFICE_CLOSES;
  const lunch = minute >= 12 * 60 && minute < 14 * 60;
  if (channel === 'window') return office ? (lunch ? 0.4 : 1) : 0;
  if (office) return lunch ? 0.6 : 1;
  const awake = minute >= 7 * 60 && minute < 23 * 60;
  if (working) return awake ? 0.12 : 0.01;
  return awake ? 0.07 : 0.005;
}

/** A registration instant (whole seconds) in [from, to): more in office hours, and a little more as the district grows. */
export function registrationInstant(random: Random, from: number, to: number, channel: Channel): number {
  for (;;) {
    const instant = Math.floor((from + random() * (to - from)) / 1000) * 1000;
    if (instant < from) continue;
    const growth = 0.75 + 0.25 * ((instant - from) / (to - from));
    if (chance(random, registrationActivity(instant, channel) * growth)) return instant;
  }
}
