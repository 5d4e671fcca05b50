import type { Role } from '../../src/domain/decider';
import { calendarYearStream } from '../../src/domain/calendar/calendar-year';
import { taskStream } from '../../src/domain/task/task';
import { actorOf, actors, startHarness, type Harness } from '../support/http-harness';
import { refusedWritingNothing } from '../support/refused';
import { taskScenarios } from '../support/task-scenarios';

let h: Harness;
let given: ReturnType<typeof taskScenarios>;
beforeAll(async () => {
  h = await startHarness();
  given = taskScenarios(h, 80_000);
});
afterAll(() => h.close());

type Answer = { status: number; body: Record<string, unknown> };
const refused = (send: () => PromiseLike<Answer>, status: number) => refusedWritingNothing(h, send, status);
const ROLES: readonly Role[] = ['agent', 'enterprise', 'manager', 'finance', 'admin'];
const asRole = (role: Role) => (role === 'enterprise' ? { id: 'u-1', role, enterpriseId: 'e-1' } : actorOf(role));

const put = (year: number | string, body: object) => h.as(actors.admin).put(`/api/calendar/${year}`, body);
const getYear = (year: number | string, role: Role = 'agent') => h.as(asRole(role)).get(`/api/calendar/${year}`);
const newYearOnly = (year: number) => ({ holidays: [{ name: '元旦', firstDay: `${year}-01-01`, lastDay: `${year}-01-01` }], workingWeekendDays: [] });

describe('GET /api/catalogue/services', () => {
  it.each(ROLES)('lists every service for the %s role', async (role) => {
    const res = await h.as(asRole(role)).get('/api/catalogue/services').expect(200);
    expect(res.body.items).toHaveLength(43);
    expect(res.body.items).toContainEqual({
      id: 'food-business-permit',
      nameZh: '食品经营许可证',
      nameEn: 'Food business permit',
      category: 'business-licences',
      statutoryWorkingDays: 10,
      promisedWorkingDays: 5,
      onTheSpot: false,
      commitmentAllowed: true,
    });
  });

  it('lists one category, and refuses an unknown one with 400', async () => {
    const res = await h.as(actors.agent).get('/api/catalogue/services?category=utilities').expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((service: { category: string }) => service.category === 'utilities')).toBe(true);
    const refusedCategory = await h.as(actors.agent).get('/api/catalogue/services?category=space').expect(400);
    expect(refusedCategory.body.errors).toEqual([{ in: 'query', field: 'category', message: expect.any(String) }]);
  });
});

describe('GET /api/calendar/:year', () => {
  it.each(ROLES)('shows a year the service ships with to the %s role', async (role) => {
    const res = await getYear(2026, role).expect(200);
    expect(res.body).toMatchObject({ year: 2026, source: 'default', workingWeekendDays: expect.arrayContaining(['2026-02-14']) });
    expect(res.body.holidays).toContainEqual({ name: '春节', firstDay: '2026-02-15', lastDay: '2026-02-23' });
  });

  it('answers 404 for a year with no calendar, and 400 for a path that is no year', async () => {
    await getYear(2031).expect(404);
    expect((await getYear('twenty').expect(400)).body.errors).toEqual([{ in: 'path', field: 'year', message: expect.any(String) }]);
  });
});

describe('PUT /api/calendar/:year', () => {
  it('adds a year: 201 with Location, and the year reads back as set', async () => {
    const res = await put(2030, newYearOnly(2030)).expect(201);
    expect(res.body).toEqual({ id: '2030', revision: 0 });
    expect(res.headers['location']).toBe('/api/calendar/2030');
    const read = await getYear(2030).expect(200);
    expect(read.body).toEqual({ year: 2030, ...newYearOnly(2030), source: 'set' });
    expect(read.headers['etag']).toBe('W/"0"');
  });

  it('replaces a year with 200, keeping every version in its stream; the same schedule again writes nothing', async () => {
    await put(2032, newYearOnly(2032)).expect(201);
    const replacement = { ...newYearOnly(2032), workingWeekendDays: ['2032-01-03'] };
    expect((await put(2032, replacement).expect(200)).body).toEqual({ id: '2032', revision: 1 });
    const head = await h.app.events.headPosition();
    expect((await put(2032, replacement).expect(200)).body).toEqual({ id: '2032', revision: 1 });
    expect(await h.app.events.headPosition()).toBe(head);
    expect((await h.app.events.readStream(calendarYearStream(2032))).map((e) => e.data['calendar'])).toEqual([
      { year: 2032, ...newYearOnly(2032) },
      { year: 2032, ...replacement },
    ]);
  });

  it('replaces a year the service shipped with', async () => {
    const calendar = (await getYear(2025).expect(200)).body;
    const { year: _year, source: _source, ...schedule } = calendar;
    await put(2025, { ...schedule, workingWeekendDays: [...schedule.workingWeekendDays].slice(1) }).expect(200);
    expect((await getYear(2025).expect(200)).body).toMatchObject({ source: 'set', workingWeekendDays: schedule.workingWeekendDays.slice(1) });
  });

  it.each([['agent'], ['enterprise'], ['manager'], ['finance']] as const)('is for admins: the %s role gets 403', async (role) => {
    await refused(() => h.as(asRole(role)).put('/api/calendar/2033', newYearOnly(2033)), 403);
  });

  it.each([
    ['year', 'abcd', newYearOnly(2033)],
    ['year', '0999', newYearOnly(2033)],
    ['holidays.0.firstDay', 2033, { holidays: [{ name: '元旦', firstDay: '2033-02-30', lastDay: '2033-03-01' }], workingWeekendDays: [] }],
    ['holidays.0.name', 2033, { holidays: [{ name: ' ', firstDay: '2033-01-01', lastDay: '2033-01-01' }], workingWeekendDays: [] }],
    ['workingWeekendDays.0', 2033, { holidays: [], workingWeekendDays: ['1 Jan'] }],
    ['year', 2033, { year: 2033, holidays: [], workingWeekendDays: [] }],
    ['workingWeekendDays', 2033, { holidays: [] }],
  ])('refuses a bad %s with 400 naming it', async (field, year, body) => {
    const problem = await refused(() => put(year, body), 400);
    expect((problem['errors'] as { field: string }[]).map((e) => e.field)).toEqual([field]);
  });

  it.each([
    ['date-outside-calendar-year', { holidays: [{ name: '元旦', firstDay: '2032-12-31', lastDay: '2033-01-01' }], workingWeekendDays: [] }],
    ['invalid-holiday-period', { holidays: [{ name: '春节', firstDay: '2033-02-05', lastDay: '2033-02-01' }], workingWeekendDays: [] }],
    [
      'overlapping-holidays',
      {
        holidays: [
          { name: '春节', firstDay: '2033-01-30', lastDay: '2033-02-05' },
          { name: '元宵', firstDay: '2033-02-05', lastDay: '2033-02-06' },
        ],
        workingWeekendDays: [],
      },
    ],
    ['working-day-not-weekend', { holidays: [], workingWeekendDays: ['2033-01-03'] }],
    ['holiday-and-working-day', { holidays: [{ name: '元旦', firstDay: '2033-01-01', lastDay: '2033-01-02' }], workingWeekendDays: ['2033-01-02'] }],
    ['duplicate-working-day', { holidays: [], workingWeekendDays: ['2033-01-08', '2033-01-08'] }],
  ])('refuses %s with 422 and writes nothing', async (code, body) => {
    expect(await refused(() => put(2033, body), 422)).toMatchObject({ status: 422, code });
  });

  it('sets once for a retried Idempotency-Key', async () => {
    const first = await put(2034, newYearOnly(2034)).set('Idempotency-Key', 'calendar-2034').expect(201);
    const head = await h.app.events.headPosition();
    expect((await put(2034, newYearOnly(2034)).set('Idempotency-Key', 'calendar-2034').expect(201)).body).toEqual(first.body);
    expect(await h.app.events.headPosition()).toBe(head);
  });

  it('refuses a stale If-Match with 412', async () => {
    await put(2035, newYearOnly(2035)).expect(201);
    expect(await refused(() => put(2035, { holidays: [], workingWeekendDays: [] }).set('If-Match', 'W/"4"'), 412)).toMatchObject({ currentRevision: 0 });
    await put(2035, { holidays: [], workingWeekendDays: [] }).set('If-Match', 'W/"0"').expect(200);
  });
});

describe('a deadline in a year with no calendar', () => {
  it('is refused with 422 calendar-year-missing naming the year, and counted once an admin has set that year', async () => {
    const task = await given.opened();
    const accept = () => h.as(task.owner).post(`/api/tasks/${task.taskId}/acceptance`, {});
    const problem = await given.at('2026-12-28T02:00:00.000Z', () => refused(accept, 422));
    expect(problem).toMatchObject({ code: 'calendar-year-missing', detail: expect.stringContaining('2027') });

    await put(2027, { holidays: [{ name: '元旦', firstDay: '2027-01-01', lastDay: '2027-01-03' }], workingWeekendDays: [] }).expect(201);
    await given.at('2026-12-28T02:00:00.000Z', () => accept().expect(200));
    // Monday 28 December 2026 and 10 working days, 1 to 3 January off: Tuesday 12 January 2027.
    expect((await h.app.events.readStream(taskStream(task.taskId))).at(-1)).toMatchObject({ type: 'TaskAccepted', data: { dueOn: '2027-01-12' } });
  });
});
