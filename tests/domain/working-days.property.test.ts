import fc from 'fast-check';
import { DEFAULT_YEAR_CALENDARS } from '../../src/domain/calendar/default-years';
import { isWorkingDay, workingCalendar } from '../../src/domain/calendar/working-calendar';
import { addWorkingDays, workingDaysBetween, type PausedInterval } from '../../src/domain/calendar/working-days';

const calendar = workingCalendar(DEFAULT_YEAR_CALENDARS);
const DAY_MS = 86_400_000;

/** Dates late enough in the known years to leave room for the counts below to stay inside them. */
const date = (from: string, to: string): fc.Arbitrary<string> =>
  fc.integer({ min: Date.parse(from) / DAY_MS, max: Date.parse(to) / DAY_MS }).map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));
const start = date('2023-01-01', '2026-03-31');
const days = fc.integer({ min: 0, max: 90 });
const pause: fc.Arbitrary<PausedInterval> = fc
  .tuple(date('2023-01-01', '2026-06-30'), fc.integer({ min: 0, max: 20 }))
  .map(([from, length]) => ({ from, to: new Date(Date.parse(from) + length * DAY_MS).toISOString().slice(0, 10) }));
const pauses = fc.array(pause, { maxLength: 3 });

describe('working-day arithmetic, for any start and count', () => {
  it('counts back exactly the working days it added', () => {
    fc.assert(fc.property(start, days, (from, n) => workingDaysBetween(calendar, from, addWorkingDays(calendar, from, n)) === n));
  });

  it('counts back exactly the working days it added around pauses', () => {
    fc.assert(fc.property(start, days, pauses, (from, n, paused) => workingDaysBetween(calendar, from, addWorkingDays(calendar, from, n, paused), paused) === n));
  });

  it('lands on a working day, later for every day more', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 90 }), (from, n) => {
        const due = addWorkingDays(calendar, from, n);
        return isWorkingDay(calendar, due) && addWorkingDays(calendar, from, n - 1) < due;
      }),
    );
  });

  it('never brings a due date forward for a pause', () => {
    fc.assert(fc.property(start, days, pauses, (from, n, paused) => addWorkingDays(calendar, from, n, paused) >= addWorkingDays(calendar, from, n)));
  });

  it('counts the same between two dates whichever comes first, with the sign turned', () => {
    fc.assert(fc.property(start, start, (a, b) => workingDaysBetween(calendar, a, b) === -workingDaysBetween(calendar, b, a)));
  });
});
