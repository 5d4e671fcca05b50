import { calendarYearDecider, type CalendarYearSet } from '../../src/domain/calendar/calendar-year';
import type { YearCalendar } from '../../src/domain/calendar/year-calendar';
import { deciderSpec, testContext } from '../support/decider-spec';

const spec = deciderSpec(calendarYearDecider);
const { now } = testContext();

const calendar2027: YearCalendar = {
  year: 2027,
  holidays: [
    { name: '春节', firstDay: '2027-02-05', lastDay: '2027-02-11' },
    { name: '元旦', firstDay: '2027-01-01', lastDay: '2027-01-03' },
  ],
  workingWeekendDays: ['2027-02-20', '2027-01-30'],
};
const inOrder: YearCalendar = { year: 2027, holidays: [calendar2027.holidays[1]!, calendar2027.holidays[0]!], workingWeekendDays: ['2027-01-30', '2027-02-20'] };
const set = (calendar: YearCalendar, setAt = now): CalendarYearSet => ({ type: 'CalendarYearSet', data: { calendar, setAt } });

describe("a year's working-day calendar", () => {
  it('is set with its holidays in date order and its working weekend days sorted', () => {
    spec.given([]).when({ type: 'SetCalendarYear', calendar: calendar2027 }).then([set(inOrder)]);
  });

  it('is replaced by another schedule, and setting the same schedule again writes nothing', () => {
    const replacement: YearCalendar = { ...inOrder, workingWeekendDays: ['2027-01-30'] };
    spec.given([set(inOrder, '2026-11-01T00:00:00.000Z')]).when({ type: 'SetCalendarYear', calendar: replacement }).then([set(replacement)]);
    spec.given([set(inOrder, '2026-11-01T00:00:00.000Z')]).when({ type: 'SetCalendarYear', calendar: calendar2027 }).then([]);
  });

  it('is refused when it breaks a rule of a year calendar', () => {
    spec.given([]).when({ type: 'SetCalendarYear', calendar: { ...calendar2027, workingWeekendDays: ['2027-01-04'] } }).thenRefuses('working-day-not-weekend');
    spec.given([]).when({ type: 'SetCalendarYear', calendar: { ...calendar2027, holidays: [{ name: '元旦', firstDay: '2026-12-31', lastDay: '2027-01-01' }] } }).thenRefuses('date-outside-calendar-year');
  });
});
