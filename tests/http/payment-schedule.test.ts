import type request from 'supertest';
import { shanghaiDate } from '../../src/domain/programme/calendar-date';
import { allowanceSchedule } from '../../src/domain/talent/allowance-schedule';
import type { TalentEvent } from '../../src/domain/talent/events';
import { talentDecider, talentStream } from '../../src/domain/talent/talent';
import { actors, enterpriseUser, startHarness, type Harness } from '../support/http-harness';
import { loanScenarios, type Loan } from '../support/loan-scenarios';
import { talentScenarios, type Grant } from '../support/talent-scenarios';

let h: Harness;
let grant: Grant;
let loan: Loan;

const MONTH_FEN = 200_000;
const WHOLE_AWARD = 'from=2026-03-01&to=2029-03-31';

interface Entry {
  id: string;
  kind: string;
  sourceId: string;
  enterpriseName: string | null;
  number: number;
  dueOn: string;
  status: string;
  amountFen: number;
  paidFen: number;
  owedFen: number;
  late: boolean;
}

async function at(instant: string, step: () => Promise<unknown>): Promise<void> {
  h.clock.set(instant);
  await step();
}

const pay = (month: number) => h.as(actors.finance).post(`/api/talent-grants/${grant.talentId}/allowance-payments`, { month }).expect(200);

/** A 36-month award from 2026-03-02: months 1–3 paid in time, suspended on 06-15 with month 4 unpaid, resumed on 09-10, months 4 and 8 paid on 10-02. */
beforeAll(async () => {
  h = await startHarness();
  grant = await talentScenarios(h, 600).grant('awarded');
  loan = await loanScenarios(h, 650).loan('disbursed');
  await pay(1);
  await at('2026-04-02T02:00:00.000Z', async () => {
    await pay(2);
    await h.as(actors.finance).post(`/api/loans/${loan.loanId}/repayments`, { instalment: 1, amountFen: 333_333 }).expect(200);
  });
  await at('2026-05-02T02:00:00.000Z', () => pay(3));
  await at('2026-06-15T02:00:00.000Z', () => h.as(actors.manager).post(`/api/talent-grants/${grant.talentId}/suspension`, { reason: '离开本区' }).expect(200));
  await at('2026-09-10T02:00:00.000Z', () => h.as(actors.manager).post(`/api/talent-grants/${grant.talentId}/resumption`, {}).expect(200));
  await at('2026-10-02T02:00:00.000Z', async () => {
    await pay(4);
    await pay(8);
  });
  h.clock.set('2026-10-05T02:00:00.000Z');
  await h.settle();
});
afterAll(() => h.close());

async function everyEntry(query: string): Promise<{ entries: Entry[]; totals: Record<string, number>; asOn: string }> {
  const entries: Entry[] = [];
  let cursor: string | null = null;
  let first: request.Response | undefined;
  do {
    const res: request.Response = await h.as(actors.finance).get(`/api/schedules/payments?${query}&limit=10${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
    first ??= res;
    entries.push(...(res.body.items as Entry[]));
    cursor = res.body.nextCursor;
  } while (cursor);
  return { entries, totals: first!.body.totals, asOn: first!.body.asOn };
}

/** The allowance schedule the domain computes from the grant's own stream, up to `asOf`. */
async function domainSchedule(asOf: string): Promise<string[]> {
  const events = (await h.app.events.readStream(talentStream(grant.talentId))).filter((event) => event.metadata.occurredAt <= asOf);
  const state = events.reduce((s, event) => talentDecider.evolve(s, { type: event.type, data: event.data } as TalentEvent), talentDecider.initialState);
  return allowanceSchedule(state, shanghaiDate(asOf)).map((month) => month.status);
}

describe('GET /api/schedules/payments over a 36-month award with a suspension in the middle', () => {
  it('shows every month in due-date order: paid, never owed while suspended, upcoming after, the end where the award put it', async () => {
    const { entries, totals, asOn } = await everyEntry(`${WHOLE_AWARD}&kind=allowance`);
    expect(asOn).toBe('2026-10-05');
    expect(entries.map((e) => e.number)).toEqual(Array.from({ length: 36 }, (_, i) => i + 1));
    expect(entries.map((e) => e.dueOn).slice(0, 9)).toEqual(['2026-03-02', '2026-04-02', '2026-05-02', '2026-06-02', '2026-07-02', '2026-08-02', '2026-09-02', '2026-10-02', '2026-11-02']);
    expect(entries.at(-1)!.dueOn).toBe('2029-02-02');
    const statuses = entries.map((e) => e.status);
    expect(statuses.slice(0, 8)).toEqual(['paid', 'paid', 'paid', 'paid', 'suspended', 'suspended', 'suspended', 'paid']);
    expect(new Set(statuses.slice(8))).toEqual(new Set(['upcoming']));
    expect(statuses).toEqual(await domainSchedule('2026-10-05T02:00:00.000Z'));
    expect(entries[4]).toMatchObject({ kind: 'allowance', sourceId: grant.talentId, amountFen: MONTH_FEN, paidFen: 0, owedFen: 0, late: false });
    expect(totals).toEqual({ entries: 36, amountFen: 36 * MONTH_FEN, paidFen: 5 * MONTH_FEN, owedFen: 28 * MONTH_FEN, lateFen: 0 });
  });

  it('answers as of a day in the suspension: the unpaid month before it late, every month from it never owed', async () => {
    const asOf = '2026-08-01T00:00:00.000Z';
    const { entries, totals, asOn } = await everyEntry(`${WHOLE_AWARD}&kind=allowance&asOf=${asOf}`);
    expect(asOn).toBe('2026-08-01');
    const statuses = entries.map((e) => e.status);
    expect(statuses.slice(0, 4)).toEqual(['paid', 'paid', 'paid', 'late']);
    expect(new Set(statuses.slice(4))).toEqual(new Set(['suspended']));
    expect(statuses).toEqual(await domainSchedule(asOf));
    expect(entries[3]).toMatchObject({ late: true, owedFen: MONTH_FEN });
    expect(totals).toMatchObject({ paidFen: 3 * MONTH_FEN, owedFen: MONTH_FEN, lateFen: MONTH_FEN });
  });

  it('narrows to a date range, both ends included, and puts instalments beside allowances', async () => {
    const { entries, totals } = await everyEntry('from=2026-04-02&to=2026-06-02');
    expect(entries.map((e) => `${e.kind}:${e.number}:${e.status}`)).toEqual([
      'allowance:2:paid',
      'instalment:1:paid',
      'allowance:3:paid',
      'instalment:2:late',
      'allowance:4:paid',
      'instalment:3:late',
    ]);
    expect(totals).toEqual({ entries: 6, amountFen: 3 * MONTH_FEN + 1_000_000, paidFen: 3 * MONTH_FEN + 333_333, owedFen: 333_333 + 333_334, lateFen: 333_333 + 333_334 });
    const firms = (await everyEntry(`from=2026-04-02&to=2026-06-02&enterpriseId=${loan.firmId}`)).entries;
    expect(firms.map((e) => e.kind)).toEqual(['instalment', 'instalment', 'instalment']);
    const { name } = (await h.as(actors.manager).get(`/api/enterprises/${loan.firmId}`).expect(200)).body as { name: string };
    expect(firms.map((e) => e.enterpriseName)).toEqual([name, name, name]);
  });

  it('is for finance, managers and admins; refuses a range that ends before it starts, and bad dates', async () => {
    await h.as(actors.manager).get(`/api/schedules/payments?${WHOLE_AWARD}`).expect(200);
    await h.as(actors.admin).get(`/api/schedules/payments?${WHOLE_AWARD}`).expect(200);
    for (const caller of [actors.agent, enterpriseUser(grant.firmId)]) await h.as(caller).get(`/api/schedules/payments?${WHOLE_AWARD}`).expect(403);
    const backwards = await h.as(actors.finance).get('/api/schedules/payments?from=2026-05-01&to=2026-04-01').expect(400);
    expect(backwards.body.errors).toMatchObject([{ field: 'to' }]);
    const bad = await h.as(actors.finance).get('/api/schedules/payments?from=2026-02-30&kind=rent&cursor=x').expect(400);
    expect((bad.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['from', 'kind', 'to']);
    await h.as(actors.finance).get(`/api/schedules/payments?${WHOLE_AWARD}&cursor=forged`).expect(400);
  });

  it('owes nothing more once the grant ends: every unpaid month, those the suspension waived included, is ended', async () => {
    await h.as(actors.manager).post(`/api/talent-grants/${grant.talentId}/ending`, { reason: '合同期满' }).expect(200);
    await h.settle();
    const { entries, totals } = await everyEntry(`${WHOLE_AWARD}&kind=allowance`);
    const statuses = entries.map((e) => e.status);
    expect(statuses.slice(0, 8)).toEqual(['paid', 'paid', 'paid', 'paid', 'ended', 'ended', 'ended', 'paid']);
    expect(new Set(statuses.slice(8))).toEqual(new Set(['ended']));
    expect(statuses).toEqual(await domainSchedule('2026-10-05T02:00:00.000Z'));
    expect(totals).toMatchObject({ paidFen: 5 * MONTH_FEN, owedFen: 0, lateFen: 0 });
  });
});
