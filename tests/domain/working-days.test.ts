import { DEFAULT_YEAR_CALENDARS } from '../../src/domain/calendar/default-years';
import { isWorkingDay, workingCalendar } from '../../src/domain/calendar/working-calendar';
import { addWorkingDays, workingDaysBetween } from '../../src/domain/calendar/working-days';
import { DomainError } from '../../src/domain/domain-error';

const calendar = workingCalendar(DEFAULT_YEAR_CALENDARS);

const refusalCode = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
};

describe('working days', () => {
  it('rests on weekends and public holidays and works on swapped weekends (调休)', () => {
    expect(isWorkingDay(calendar, '2026-03-02')).toBe(true); // a Monday
    expect(isWorkingDay(calendar, '2026-03-07')).toBe(false); // a Saturday
    expect(isWorkingDay(calendar, '2026-02-16')).toBe(false); // 春节, a Monday
    expect(isWorkingDay(calendar, '2026-02-14')).toBe(true); // a Saturday worked before 春节
    expect(isWorkingDay(calendar, '2025-09-28')).toBe(true); // a Sunday worked before 国庆节
  });

  it('counts from the day after the start, so 0 working days is the start itself (当场办结)', () => {
    expect(addWorkingDays(calendar, '2026-03-02', 0)).toBe('2026-03-02');
    expect(addWorkingDays(calendar, '2026-03-07', 0)).toBe('2026-03-07');
    expect(addWorkingDays(calendar, '2026-03-02', 1)).toBe('2026-03-03');
    expect(addWorkingDays(calendar, '2026-03-06', 1)).toBe('2026-03-09');
  });

  it('steps over a holiday and onto a swapped working weekend', () => {
    expect(addWorkingDays(calendar, '2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays(calendar, '2026-02-13', 2)).toBe('2026-02-24');
    expect(addWorkingDays(calendar, '2025-09-26', 1)).toBe('2025-09-28');
    expect(addWorkingDays(calendar, '2025-09-30', 1)).toBe('2025-10-09');
    expect(addWorkingDays(calendar, '2025-10-09', 2)).toBe('2025-10-11');
  });

  it('counts back what it added, across a year end', () => {
    expect(addWorkingDays(calendar, '2025-12-30', 3)).toBe('2026-01-05');
    expect(workingDaysBetween(calendar, '2025-12-30', '2026-01-05')).toBe(3);
    expect(workingDaysBetween(calendar, '2026-02-13', '2026-02-24')).toBe(2);
    expect(workingDaysBetween(calendar, '2026-02-24', '2026-02-13')).toBe(-2);
    expect(workingDaysBetween(calendar, '2026-02-15', '2026-02-23')).toBe(0);
  });

  it('does not count the days a pause spans, the holiday inside it included', () => {
    // 5 working days from Thursday 24 September 2026: 中秋节 25–27 September and 国庆节 1–7 October are holidays.
    expect(addWorkingDays(calendar, '2026-09-24', 5)).toBe('2026-10-09');
    // Waiting on the firm from 29 September to Saturday 10 October, a swapped working day: 30 Sep, 8, 9 and 10 Oct are paused.
    const pause = { from: '2026-09-29', to: '2026-10-10' };
    expect(workingDaysBetween(calendar, pause.from, pause.to)).toBe(4);
    expect(addWorkingDays(calendar, '2026-09-24', 5, [pause])).toBe('2026-10-14');
    expect(addWorkingDays(calendar, '2026-10-09', 4)).toBe('2026-10-14');
    expect(workingDaysBetween(calendar, '2026-09-24', '2026-10-14', [pause])).toBe(5);
  });

  it('leaves a deadline reached before the pause began where it was', () => {
    expect(addWorkingDays(calendar, '2026-03-02', 2, [{ from: '2026-03-05', to: '2026-03-20' }])).toBe('2026-03-04');
  });

  it('refuses a date in a year that has no calendar rather than guessing', () => {
    expect(refusalCode(() => isWorkingDay(calendar, '2027-01-04'))).toBe('calendar-year-missing');
    expect(refusalCode(() => isWorkingDay(calendar, '2022-12-30'))).toBe('calendar-year-missing');
    expect(refusalCode(() => addWorkingDays(calendar, '2026-12-30', 2))).toBe('calendar-year-missing');
    expect(refusalCode(() => workingDaysBetween(calendar, '2026-12-30', '2027-01-04'))).toBe('calendar-year-missing');
  });

  it('refuses what is not a date, a count of days, or a pause', () => {
    expect(refusalCode(() => isWorkingDay(calendar, '2026-02-30'))).toBe('invalid-date');
    expect(refusalCode(() => addWorkingDays(calendar, '2026-03-02', -1))).toBe('invalid-working-days');
    expect(refusalCode(() => addWorkingDays(calendar, '2026-03-02', 1.5))).toBe('invalid-working-days');
    expect(refusalCode(() => addWorkingDays(calendar, '2026-03-02', 1, [{ from: '2026-03-05', to: '2026-03-04' }]))).toBe('invalid-pause');
  });
});
