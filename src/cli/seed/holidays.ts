import { DEFAULT_YEAR_CALENDARS } from '../../domain/calendar/default-years';
import { holidayDates } from '../../domain/calendar/year-calendar';

/*
 * The seed's working days follow the service's own calendar. Its history may reach years the
 * calendar does not know; there only weekends are rest days, which is near enough for demo data.
 */

/** Shanghai calendar dates (YYYY-MM-DD) that are public holidays. */
export const PUBLIC_HOLIDAYS: ReadonlySet<string> = new Set(DEFAULT_YEAR_CALENDARS.flatMap(holidayDates));

/** Shanghai calendar dates that fall on a weekend but are working days. */
export const SWAPPED_WORKING_DAYS: ReadonlySet<string> = new Set(DEFAULT_YEAR_CALENDARS.flatMap((calendar) => calendar.workingWeekendDays));
