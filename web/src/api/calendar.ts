import type { ApiClient, CommandAnswer } from './client';
import { ApiProblem } from './problem';

export interface HolidayPeriod {
  name: string;
  firstDay: string;
  lastDay: string;
}

export interface YearCalendarBody {
  holidays: HolidayPeriod[];
  workingWeekendDays: string[];
}

/** A year's working-day calendar: shipped with the service, set by an admin since, or not there yet (`none`). */
export interface KnownYearCalendar extends YearCalendarBody {
  source: 'default' | 'set' | 'none';
  /** The revision an admin's calendar was read at, for If-Match. */
  revision: number | undefined;
}

export async function yearCalendar(api: ApiClient, year: number): Promise<KnownYearCalendar> {
  try {
    const { data, revision } = await api.getWithRevision<YearCalendarBody & { source: 'default' | 'set' }>(`/api/calendar/${year}`);
    return { holidays: data.holidays, workingWeekendDays: data.workingWeekendDays, source: data.source, revision };
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 404) return { holidays: [], workingWeekendDays: [], source: 'none', revision: undefined };
    throw error;
  }
}

export const setYearCalendar = (api: ApiClient, year: number, body: YearCalendarBody, revision: number | undefined): Promise<CommandAnswer> =>
  api.replace(`/api/calendar/${year}`, body, { revision });
