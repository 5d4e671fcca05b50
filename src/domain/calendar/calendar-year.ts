import type { Decider, DomainEvent } from '../decider';
import { assertValidYearCalendar } from './validate-year-calendar';
import type { YearCalendar } from './year-calendar';

/** An admin adds a year's calendar, or replaces one: the stream keeps every version. */
export type SetCalendarYear = { type: 'SetCalendarYear'; calendar: YearCalendar };
export type CalendarYearSet = DomainEvent<'CalendarYearSet', { calendar: YearCalendar; setAt: string }>;

export interface CalendarYearState {
  calendar: YearCalendar | null;
}

export const calendarYearStream = (year: number): string => `calendar-${year}`;

/** Holidays in date order and working weekend days sorted, so that one schedule is written one way. */
function normalized({ year, holidays, workingWeekendDays }: YearCalendar): YearCalendar {
  return {
    year,
    holidays: [...holidays].sort((a, b) => a.firstDay.localeCompare(b.firstDay)).map(({ name, firstDay, lastDay }) => ({ name, firstDay, lastDay })),
    workingWeekendDays: [...workingWeekendDays].sort(),
  };
}

export const calendarYearDecider: Decider<SetCalendarYear, CalendarYearSet, CalendarYearState> = {
  initialState: { calendar: null },
  decide({ calendar }, state, { now }) {
    const set = normalized(assertValidYearCalendar(calendar));
    if (JSON.stringify(set) === JSON.stringify(state.calendar)) return [];
    return [{ type: 'CalendarYearSet', data: { calendar: set, setAt: now } }];
  },
  evolve: (_state, event) => ({ calendar: event.data.calendar }),
};
