import { dailyCronPattern, nextDailyRun } from '../../src/jobs/daily-time';

const next = (at: string, timeZone: string, after: string): string => new Date(nextDailyRun(at, timeZone, Date.parse(after))).toISOString();

describe('the next run of a daily job', () => {
  it('is later the same day in the time zone, else the next day', () => {
    expect(next('09:00', 'Asia/Shanghai', '2025-03-01T00:00:00Z')).toBe('2025-03-01T01:00:00.000Z');
    expect(next('09:00', 'Asia/Shanghai', '2025-03-01T01:00:00.001Z')).toBe('2025-03-02T01:00:00.000Z');
  });

  it('is strictly after the given instant', () => {
    expect(next('09:00', 'Asia/Shanghai', '2025-03-01T01:00:00Z')).toBe('2025-03-02T01:00:00.000Z');
  });

  it('follows the date in the time zone, not in UTC, across a year end', () => {
    // 2025-12-31T16:30Z is already 00:30 on New Year's Day in Shanghai.
    expect(next('00:45', 'Asia/Shanghai', '2025-12-31T16:30:00Z')).toBe('2025-12-31T16:45:00.000Z');
    expect(next('00:15', 'Asia/Shanghai', '2025-12-31T16:30:00Z')).toBe('2026-01-01T16:15:00.000Z');
  });

  it('keeps the wall time across daylight-saving changes', () => {
    expect(next('09:00', 'America/New_York', '2024-03-09T15:00:00Z')).toBe('2024-03-10T13:00:00.000Z');
    // 02:30 does not exist on the spring-forward night: it is read with the offset before the jump.
    expect(next('02:30', 'America/New_York', '2024-03-10T00:00:00Z')).toBe('2024-03-10T07:30:00.000Z');
    // 01:30 happens twice on the fall-back night: the first one runs, then the next day's.
    expect(next('01:30', 'America/New_York', '2024-11-03T00:00:00Z')).toBe('2024-11-03T05:30:00.000Z');
    expect(next('01:30', 'America/New_York', '2024-11-03T05:30:00Z')).toBe('2024-11-04T06:30:00.000Z');
  });

  it('refuses a time that is not HH:MM and a time zone Intl does not know', () => {
    expect(() => nextDailyRun('24:00', 'Asia/Shanghai', 0)).toThrow(RangeError);
    expect(() => nextDailyRun('9:00', 'Asia/Shanghai', 0)).toThrow('"HH:MM"');
    expect(() => nextDailyRun('09:00', 'Asia/Beijing', 0)).toThrow(RangeError);
  });

  it('is written as cron for BullMQ', () => {
    expect(dailyCronPattern('08:05')).toBe('5 8 * * *');
  });
});
