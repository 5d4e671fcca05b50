import { DEFAULT_YEAR_CALENDARS } from '../../src/domain/calendar/default-years';
import { assertValidYearCalendar } from '../../src/domain/calendar/validate-year-calendar';
import { workingCalendar } from '../../src/domain/calendar/working-calendar';
import type { YearCalendar } from '../../src/domain/calendar/year-calendar';
import { calendar2026 } from '../../src/domain/calendar/years/2026';

const refusalOf = (calendar: YearCalendar) => {
  try {
    assertValidYearCalendar(calendar);
  } catch (error) {
    return error;
  }
  return undefined;
};
const withHolidays = (...holidays: YearCalendar['holidays']): YearCalendar => ({ ...calendar2026, holidays: [...calendar2026.holidays, ...holidays] });
const withWorkingDays = (...days: string[]): YearCalendar => ({ ...calendar2026, workingWeekendDays: [...calendar2026.workingWeekendDays, ...days] });

describe('a year calendar', () => {
  it('ships 2023 to 2026, each valid, and no year the State Council has not announced', () => {
    expect(DEFAULT_YEAR_CALENDARS.map(({ year }) => year)).toEqual([2023, 2024, 2025, 2026]);
    expect([...workingCalendar(DEFAULT_YEAR_CALENDARS).years]).toEqual([2023, 2024, 2025, 2026]);
  });

  it('holds each year: 2026 has 9 days of 春节 and 6 swapped working weekend days', () => {
    expect(calendar2026.holidays.find(({ name }) => name === '春节')).toEqual({ name: '春节', firstDay: '2026-02-15', lastDay: '2026-02-23' });
    expect(calendar2026.workingWeekendDays).toHaveLength(6);
  });

  it.each<[string, YearCalendar, object]>([
    ['invalid-calendar-year', { ...calendar2026, year: 26 }, { field: 'year' }],
    ['invalid-date', withHolidays({ name: '假', firstDay: '2026-02-30', lastDay: '2026-03-01' }), { field: 'holidays[7].firstDay' }],
    ['date-outside-calendar-year', withHolidays({ name: '元旦', firstDay: '2025-12-31', lastDay: '2026-01-01' }), { field: 'holidays[7].firstDay' }],
    ['date-outside-calendar-year', withWorkingDays('2027-01-02'), { field: 'workingWeekendDays[6]' }],
    ['invalid-holiday-name', withHolidays({ name: ' ', firstDay: '2026-12-01', lastDay: '2026-12-01' }), { field: 'holidays[7].name' }],
    ['invalid-holiday-period', withHolidays({ name: '假', firstDay: '2026-12-02', lastDay: '2026-12-01' }), { field: 'holidays[7]' }],
    ['overlapping-holidays', withHolidays({ name: '假', firstDay: '2026-10-07', lastDay: '2026-10-08' }), { periods: ['国庆节', '假'] }],
    ['working-day-not-weekend', withWorkingDays('2026-03-02'), { field: 'workingWeekendDays[6]' }],
    ['holiday-and-working-day', withWorkingDays('2026-02-15'), { field: 'workingWeekendDays[6]' }],
    ['duplicate-working-day', withWorkingDays('2026-01-04'), { field: 'workingWeekendDays[6]' }],
  ])('is refused with %s', (code, calendar, details) => {
    expect(refusalOf(calendar)).toMatchObject({ code, details });
  });

  it('is given once per year in a working calendar', () => {
    expect(() => workingCalendar([calendar2026, calendar2026])).toThrow(expect.objectContaining({ code: 'duplicate-calendar-year' }));
  });
});
