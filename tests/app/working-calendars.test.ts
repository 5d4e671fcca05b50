import { WorkingCalendars } from '../../src/app/working-calendars';
import { addWorkingDays } from '../../src/domain/calendar/working-days';
import { coreOn } from '../support/test-app';

const admin = { id: 'admin-1', role: 'admin' } as const;
const calendar2027 = { year: 2027, holidays: [{ name: '元旦', firstDay: '2027-01-01', lastDay: '2027-01-03' }], workingWeekendDays: [] };

describe('the working-day calendar', () => {
  it('is the shipped years until an admin sets another', async () => {
    const { events, commands } = coreOn();
    const calendars = new WorkingCalendars(events, commands);
    const calendar = await calendars.current();
    expect([...calendar.years].sort()).toEqual([2023, 2024, 2025, 2026]);
    expect(() => addWorkingDays(calendar, '2026-12-28', 10)).toThrow(expect.objectContaining({ code: 'calendar-year-missing' }));
    expect(await calendars.year(2027)).toBeUndefined();
  });

  it('counts a year set by another process from its next answer on, in the order the log has them', async () => {
    const { events, commands } = coreOn();
    const here = new WorkingCalendars(events, commands);
    const elsewhere = new WorkingCalendars(events, commands);
    await here.current();
    await elsewhere.set(calendar2027, admin);
    await elsewhere.set({ ...calendar2027, holidays: [] }, admin);
    expect(addWorkingDays(await here.current(), '2026-12-28', 10)).toBe('2027-01-11');
    expect(await here.year(2027)).toEqual({ calendar: { ...calendar2027, holidays: [] }, source: 'set', revision: 1 });
    expect((await here.year(2026))?.source).toBe('default');
  });

  it('lets a set year replace a shipped one', async () => {
    const { events, commands } = coreOn();
    const calendars = new WorkingCalendars(events, commands);
    await calendars.set({ year: 2026, holidays: [], workingWeekendDays: [] }, admin);
    // Without its holidays, 1 January 2026 (a Thursday) is a working day.
    expect(addWorkingDays(await calendars.current(), '2025-12-31', 1)).toBe('2026-01-01');
  });
});
