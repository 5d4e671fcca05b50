import type request from 'supertest';
import type { Actor } from '../../src/domain/decider';
import { actors, enterpriseUser, startHarness, type Harness } from '../support/http-harness';
import { A_MONTH_AGO, CONTRACT_REVIEW, taskScenarios, type Task } from '../support/task-scenarios';

let h: Harness;
const thirdAgent: Actor = { id: 'a-3', role: 'agent' };
/** Today is Monday 2 March 2026. Firm A is assigned to a-1, firm B to a-2; a-1 owns every task but the completed one's firm is A too. */
const t = {} as Record<'overdue' | 'paused' | 'dueSoon' | 'firstContact' | 'dueLater' | 'unaccepted' | 'completed', Task>;
let firmA: string;
let firmB: string;

beforeAll(async () => {
  h = await startHarness();
  const s = taskScenarios(h, 700);
  firmA = await s.firm(actors.agent);
  firmB = await s.firm(actors.otherAgent);
  // Accepted 2 February, due 14 February.
  t.overdue = await s.at(A_MONTH_AGO, () => s.accepted({ firmId: firmA }));
  t.paused = await s.at(A_MONTH_AGO, () => s.accepted({ firmId: firmA }));
  // Its clock stopped on 5 February with 7 working days left: not overdue while it waits.
  await s.at('2026-02-05T02:00:00.000Z', () => s.step(t.paused, actors.agent, 'materials-request', { missingItems: ['卫生检测报告'] }));
  t.dueSoon = await s.accepted({ firmId: firmA, serviceCode: CONTRACT_REVIEW });
  // 首问负责制: a-1 opens a task for firm B, assigned to a-2; accepted 27 February, due 12 March.
  t.firstContact = await s.at('2026-02-27T02:00:00.000Z', () => s.accepted({ firmId: firmB }));
  t.dueLater = await s.accepted({ firmId: firmA });
  t.unaccepted = await s.opened({ firmId: firmA });
  t.completed = await s.completed();
  await h.settle();
});
afterAll(() => h.close());

const list = async (actor: Actor, query = ''): Promise<Record<string, unknown>[]> => (await h.as(actor).get(`/api/tasks${query}`).expect(200)).body.items;
const ids = (items: Record<string, unknown>[]): string[] => items.map((item) => item['id'] as string);

describe('GET /api/tasks', () => {
  it("is the agent's work queue: open tasks it owns by due date, overdue first, each with its clock for today", async () => {
    const queue = await list(actors.agent, '?agentId=me&status=open');
    expect(ids(queue)).toEqual([t.overdue, t.paused, t.dueSoon, t.firstContact, t.dueLater, t.unaccepted].map((task) => task.taskId));
    expect(queue.map(({ overdue, paused, workingDaysLeft, dueOn }) => ({ overdue, paused, workingDaysLeft, dueOn }))).toEqual([
      { overdue: true, paused: false, workingDaysLeft: -6, dueOn: '2026-02-14' },
      { overdue: false, paused: true, workingDaysLeft: 7, dueOn: '2026-02-14' },
      { overdue: false, paused: false, workingDaysLeft: 3, dueOn: '2026-03-05' },
      { overdue: false, paused: false, workingDaysLeft: 8, dueOn: '2026-03-12' },
      { overdue: false, paused: false, workingDaysLeft: 10, dueOn: '2026-03-16' },
      { overdue: false, paused: false, workingDaysLeft: null, dueOn: null },
    ]);
    expect(queue[0]).toMatchObject({ enterpriseId: firmA, enterpriseName: '常德测试701号科技有限公司', firstContactAgentId: 'a-1', ownerId: 'a-1', service: { id: 'public-place-hygiene-permit', nameZh: '公共场所卫生许可证' } });
    expect(queue[0]).not.toHaveProperty('queueDate');
    expect(queue[0]).not.toHaveProperty('_position');
    expect(ids(await list(actors.agent, '?agentId=me&status=open&dueBefore=2026-03-06'))).toEqual([t.overdue, t.paused, t.dueSoon].map((task) => task.taskId));
    expect(ids(await list(actors.agent, '?status=completed'))).toEqual([t.completed.taskId]);
  });

  it('shows an agent the tasks it opened for any firm and every task of its firms; an enterprise user its own firm’s', async () => {
    expect(ids(await list(actors.otherAgent))).toEqual([t.firstContact.taskId]);
    expect(ids(await list(actors.otherAgent, '?agentId=me'))).toEqual([]);
    expect(await list(thirdAgent)).toEqual([]);
    expect(ids(await list(enterpriseUser(firmB)))).toEqual([t.firstContact.taskId]);
    await h.as(enterpriseUser(firmB)).get(`/api/tasks?enterpriseId=${firmA}`).expect(404);
    expect(ids(await list(actors.manager, `?enterpriseId=${firmB}`))).toEqual([t.firstContact.taskId]);
    expect(await list(actors.admin)).toHaveLength(7);
    await h.as(actors.finance).get('/api/tasks').expect(403);
  });

  it('pages with a cursor across overdue and the rest, and validates its query', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await h.as(actors.agent).get(`/api/tasks?agentId=me&status=open&limit=1${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      seen.push(...ids(res.body.items));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids(await list(actors.agent, '?agentId=me&status=open')));
    const res = await h.as(actors.manager).get('/api/tasks?status=late&dueBefore=tomorrow&limit=0&colour=red').expect(400);
    expect((res.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['colour', 'dueBefore', 'limit', 'status']);
    for (const forged of ['not-a-cursor', Buffer.from('[2,null]').toString('base64url'), Buffer.from('[0,{"$ne":null}]').toString('base64url')]) {
      await h.as(actors.manager).get(`/api/tasks?cursor=${forged}`).expect(400);
    }
  });

  it('answers as of a past instant, its clocks worked out for that day', async () => {
    const then = await list(actors.manager, '?asOf=2026-02-04T00:00:00Z');
    expect(ids(then)).toEqual([t.overdue.taskId, t.paused.taskId].sort());
    expect(then.map(({ overdue, paused, workingDaysLeft }) => ({ overdue, paused, workingDaysLeft }))).toEqual([
      { overdue: false, paused: false, workingDaysLeft: 8 },
      { overdue: false, paused: false, workingDaysLeft: 8 },
    ]);
    await h.as(actors.manager).get('/api/tasks?asOf=yesterday').expect(400);
  });
});

describe('GET /api/tasks/:id', () => {
  it('reads a task with its whole history, summarised in Chinese and English, its revision as ETag', async () => {
    const res = await h.as(enterpriseUser(firmA)).get(`/api/tasks/${t.paused.taskId}`).expect(200);
    expect(res.body).toMatchObject({ id: t.paused.taskId, status: 'awaiting-materials', paused: true, overdue: false, workingDaysLeft: 7, pausedSince: '2026-02-05' });
    expect(res.body.history.map((entry: { type: string }) => entry.type)).toEqual(['TaskOpened', 'TaskAccepted', 'TaskMaterialsRequested']);
    expect(res.body.history[2]).toMatchObject({
      revision: 2,
      actor: { id: 'a-1', role: 'agent' },
      summary: { zh: '一次性告知需补齐材料：卫生检测报告（计时暂停）', en: 'Missing materials requested at once: 卫生检测报告 (clock paused)' },
    });
    expect(res.headers['etag']).toBe('W/"2"');
  });

  it('lets the first contact and the firm’s agent see it, no other agent, and hides it from another firm', async () => {
    const path = `/api/tasks/${t.firstContact.taskId}`;
    await h.as(actors.agent).get(path).expect(200);
    expect((await h.as(actors.otherAgent).get(path).expect(200)).body).toMatchObject({ enterpriseId: firmB, enterpriseName: '常德测试702号科技有限公司' });
    await h.as(thirdAgent).get(path).expect(403);
    await h.as(actors.otherAgent).get(`/api/tasks/${t.dueLater.taskId}`).expect(403);
    await h.as(enterpriseUser(firmB)).get(`/api/tasks/${t.dueLater.taskId}`).expect(404);
    await h.as(actors.finance).get(path).expect(403);
    await h.as(actors.manager).get('/api/tasks/no-such-task').expect(404);
  });

  it('answers as the task stood at asOf', async () => {
    const then = (await h.as(actors.manager).get(`/api/tasks/${t.paused.taskId}?asOf=2026-02-04T00:00:00Z`).expect(200)).body;
    expect(then).toMatchObject({ status: 'in-progress', paused: false, materialsRequest: null });
    expect(then.history).toHaveLength(2);
    await h.as(actors.manager).get(`/api/tasks/${t.dueLater.taskId}?asOf=2026-02-04T00:00:00Z`).expect(404);
  });
});

describe("a firm's timeline", () => {
  it('shows its tasks, also as of a past instant', async () => {
    h.clock.set('2026-03-03T02:00:00.000Z');
    await h.as(enterpriseUser(firmB)).post(`/api/tasks/${t.firstContact.taskId}/complaints`, { text: '进度不透明' }).expect(201);
    await h.settle();
    const types = async (query = '') =>
      (await h.as(enterpriseUser(firmB)).get(`/api/enterprises/${firmB}/timeline?limit=500${query}`).expect(200)).body.items.map((e: { type: string }) => e.type);
    expect((await types()).filter((type: string) => !type.startsWith('Enterprise'))).toEqual(['ComplaintFiled', 'TaskAccepted', 'TaskOpened', 'ConciergeAssigned']);
    expect((await types('&asOf=2026-03-02T02:00:00Z')).filter((type: string) => !type.startsWith('Enterprise'))).toEqual(['TaskAccepted', 'TaskOpened', 'ConciergeAssigned']);
  });
});
