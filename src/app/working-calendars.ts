import { calendarYearDecider, calendarYearStream, type CalendarYearSet } from '../domain/calendar/calendar-year';
import { DEFAULT_YEAR_CALENDARS } from '../domain/calendar/default-years';
import { workingCalendar, type WorkingCalendar } from '../domain/calendar/working-calendar';
import type { YearCalendar } from '../domain/calendar/year-calendar';
import type { Actor } from '../domain/decider';
import type { EventStore } from '../eventstore/event-store';
import type { CommandHandler, CommandOptions, CommandResult } from './command-handler';
import { LogFollower } from './log-follower';

/** A year's calendar as the service uses it: shipped with it, or set since by an admin (at `revision` of its stream). */
export type CalendarYearSource = { calendar: YearCalendar; source: 'default' } | { calendar: YearCalendar; source: 'set'; revision: number };

/**
 * The working-day calendar: the years the service ships with, overlaid by the years admins set.
 * It follows the log for CalendarYearSet before every answer, so a year set by this process or
 * any other counts from the next command on; following is one indexed read when nothing changed.
 */
export class WorkingCalendars {
  private readonly years = new Map<number, CalendarYearSource>(DEFAULT_YEAR_CALENDARS.map((calendar) => [calendar.year, { calendar, source: 'default' }]));
  private working = workingCalendar(DEFAULT_YEAR_CALENDARS);
  private stale = false;
  private readonly log: LogFollower;

  constructor(
    store: EventStore,
    private readonly handler: CommandHandler,
  ) {
    this.log = new LogFollower(store, { eventTypes: ['CalendarYearSet'] }, (event) => {
      const { calendar } = event.data as CalendarYearSet['data'];
      this.years.set(calendar.year, { calendar, source: 'set', revision: event.revision });
      this.stale = true;
    });
  }

  async current(): Promise<WorkingCalendar> {
    await this.follow();
    return this.working;
  }

  async year(year: number): Promise<CalendarYearSource | undefined> {
    await this.follow();
    return this.years.get(year);
  }

  set(calendar: YearCalendar, actor: Actor, options: CommandOptions = {}): Promise<CommandResult> {
    return this.handler.handle(calendarYearDecider, calendarYearStream(calendar.year), { type: 'SetCalendarYear', calendar }, actor, options);
  }

  private async follow(): Promise<void> {
    await this.log.catchUp();
    if (!this.stale) return;
    this.working = workingCalendar([...this.years.values()].map(({ calendar }) => calendar));
    this.stale = false;
  }
}
