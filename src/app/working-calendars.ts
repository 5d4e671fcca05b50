import { calendarYearDecider, calendarYearStream, type CalendarYearSet } from '../domain/calendar/calendar-year';
import { DEFAULT_YEAR_CALENDARS } from '../domain/calendar/default-years';
import { workingCalendar, type WorkingCalendar } from '../domain/calendar/working-calendar';
import type { YearCalendar } from '../domain/calendar/year-calendar';
import type { Actor } from '../domain/decider';
import type { EventStore, Position } from '../eventstore/event-store';
import type { CommandHandler, CommandOptions, CommandResult } from './command-handler';
import { KeyedQueue } from './keyed-queue';

/** A year's calendar as the service uses it: shipped with it, or set since by an admin (at `revision` of its stream). */
export type CalendarYearSource = { calendar: YearCalendar; source: 'default' } | { calendar: YearCalendar; source: 'set'; revision: number };

const PAGE_SIZE = 5000;

/**
 * The working-day calendar: the years the service ships with, overlaid by the years admins set.
 * It follows the log for CalendarYearSet before every answer, so a year set by this process or
 * any other counts from the next command on; following is one indexed read when nothing changed.
 */
export class WorkingCalendars {
  private readonly years = new Map<number, CalendarYearSource>(DEFAULT_YEAR_CALENDARS.map((calendar) => [calendar.year, { calendar, source: 'default' }]));
  private working = workingCalendar(DEFAULT_YEAR_CALENDARS);
  private scannedTo: Position | undefined;
  /** Follows one at a time, so that the years are applied in log order. */
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly store: EventStore,
    private readonly handler: CommandHandler,
  ) {}

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

  private follow(): Promise<void> {
    return this.queue.run('log', async () => {
      let changed = false;
      for (;;) {
        const page = await this.store.readAll({ after: this.scannedTo, maxCount: PAGE_SIZE, filter: { eventTypes: ['CalendarYearSet'] } });
        for (const event of page.events) {
          const { calendar } = event.data as CalendarYearSet['data'];
          this.years.set(calendar.year, { calendar, source: 'set', revision: event.revision });
          changed = true;
        }
        this.scannedTo = page.scannedTo ?? this.scannedTo;
        if (page.isEnd) break;
      }
      if (changed) this.working = workingCalendar([...this.years.values()].map(({ calendar }) => calendar));
    });
  }
}
