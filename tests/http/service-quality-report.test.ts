import type { Actor } from '../../src/domain/decider';
import { actors, startHarness, type Harness } from '../support/http-harness';
import { CONTRACT_REVIEW, HYGIENE_PERMIT, taskScenarios } from '../support/task-scenarios';

let h: Harness;
const on = (date: string): string => `${date}T02:00:00.000Z`;

/**
 * The fixture, by hand. A hygiene permit is promised in 10 working days, 20 by law; a contract
 * review in 3, 5 by law. Working days taken count from the day after acceptance.
 *
 * | # | agent | service  | accepted | completed | taken | on time | saved | rating         |
 * | 1 | a-1   | hygiene  | 03-02    | 03-06     | 4     | yes     | 16    | 5 (on 04-02)   |
 * | 2 | a-1   | hygiene  | 03-02    | 03-20     | 14    | no      | 6     | 3              |
 * | 3 | a-1   | contract | 03-02    | 03-04     | 2     | yes     | 3     | none           |
 * | 4 | a-2   | contract | 03-02    | 03-10     | 6     | no      | -1    | 1              |
 * | 5 | a-2   | hygiene  | 04-01    | 04-08     | 4     | yes     | 16    | 4              |  (清明 4–6 April)
 * Open and cancelled tasks count nowhere.
 */
beforeAll(async () => {
  h = await startHarness();
  const s = taskScenarios(h, 800);
  const firm = await s.firm();
  async function done(owner: Actor, serviceCode: string, acceptedOn: string, completedOn: string, rating?: { score: number; on: string }): Promise<void> {
    const task = await s.at(on(acceptedOn), () => s.accepted({ firmId: firm, owner, serviceCode }));
    await s.at(on(completedOn), () => s.step(task, owner, 'completion', { outcome: '已办结', costSavedFen: 10_000 }));
    if (rating) await s.at(on(rating.on), () => s.step(task, task.firmUser, 'rating', { score: rating.score, comment: '' }));
  }
  await done(actors.agent, HYGIENE_PERMIT, '2026-03-02', '2026-03-06', { score: 5, on: '2026-04-02' });
  await done(actors.agent, HYGIENE_PERMIT, '2026-03-02', '2026-03-20', { score: 3, on: '2026-03-20' });
  await done(actors.agent, CONTRACT_REVIEW, '2026-03-02', '2026-03-04');
  await done(actors.otherAgent, CONTRACT_REVIEW, '2026-03-02', '2026-03-10', { score: 1, on: '2026-03-11' });
  await done(actors.otherAgent, HYGIENE_PERMIT, '2026-04-01', '2026-04-08', { score: 4, on: '2026-04-08' });
  await s.accepted({ firmId: firm });
  const cancelled = await s.accepted({ firmId: firm });
  await s.step(cancelled, actors.agent, 'cancellation', { reason: '企业撤回申请' });
  await h.settle();
});
afterAll(() => h.close());

const report = async (query = '') => (await h.as(actors.manager).get(`/api/reports/service-quality${query}`).expect(200)).body;
const figures = (completed: number, rated: number, satisfied: number, onTime: number, workingDaysSaved: number) => ({
  completed,
  rated,
  satisfied,
  onTime,
  workingDaysSaved,
  evaluationRate: rated / completed,
  satisfactionRate: rated === 0 ? null : satisfied / rated,
  onTimeRate: onTime / completed,
  averageWorkingDaysSaved: workingDaysSaved / completed,
});

describe('GET /api/reports/service-quality', () => {
  it('gives the rates of the hand-computed fixture, overall, per agent, per service and per month of completion', async () => {
    const body = await report();
    expect(body.overall).toEqual(figures(5, 4, 3, 3, 40));
    expect(body.overall).toMatchObject({ evaluationRate: 0.8, satisfactionRate: 0.75, onTimeRate: 0.6, averageWorkingDaysSaved: 8 });
    expect(body.byAgent).toEqual([
      { agentId: 'a-1', ...figures(3, 2, 2, 2, 25) },
      { agentId: 'a-2', ...figures(2, 2, 1, 1, 15) },
    ]);
    expect(body.byService).toEqual([
      { serviceId: CONTRACT_REVIEW, nameZh: expect.any(String), nameEn: expect.any(String), ...figures(2, 1, 0, 1, 2) },
      { serviceId: HYGIENE_PERMIT, nameZh: '公共场所卫生许可证', nameEn: expect.any(String), ...figures(3, 3, 3, 2, 38) },
    ]);
    expect(body.byMonth).toEqual([
      { month: '2026-03', ...figures(4, 3, 2, 2, 24) },
      { month: '2026-04', ...figures(1, 1, 1, 1, 16) },
    ]);
    expect(body).toMatchObject({ from: null, to: null, asOf: null });
  });

  it('keeps to the months asked for', async () => {
    const april = await report('?from=2026-04&to=2026-04');
    expect(april).toMatchObject({ from: '2026-04', to: '2026-04', overall: figures(1, 1, 1, 1, 16), byAgent: [{ agentId: 'a-2' }] });
    expect((await report('?to=2026-03')).overall).toEqual(figures(4, 3, 2, 2, 24));
    expect((await report('?from=2026-05')).overall).toMatchObject({ completed: 0, evaluationRate: null, satisfactionRate: null, onTimeRate: null, averageWorkingDaysSaved: null });
  });

  it('answers as of a past instant: a rating given later is not counted yet', async () => {
    const then = await report('?asOf=2026-03-31T00:00:00Z');
    expect(then.byMonth).toEqual([{ month: '2026-03', ...figures(4, 2, 1, 2, 24) }]);
    expect(then.asOf).toBe('2026-03-31T00:00:00Z');
  });

  it('refuses a bad query and every role but managers and admins', async () => {
    const res = await h.as(actors.admin).get('/api/reports/service-quality?from=2026-13&asOf=later&agent=a-1').expect(400);
    expect((res.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['agent', 'asOf', 'from']);
    const reversed = await h.as(actors.admin).get('/api/reports/service-quality?from=2026-05&to=2026-04').expect(400);
    expect(reversed.body.errors).toEqual([expect.objectContaining({ field: 'to' })]);
    for (const role of [actors.agent, actors.finance, { id: 'u-1', role: 'enterprise', enterpriseId: 'x' } satisfies Actor]) {
      await h.as(role).get('/api/reports/service-quality').expect(403);
    }
  });
});
