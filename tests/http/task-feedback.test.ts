import type { Actor } from '../../src/domain/decider';
import { taskStream } from '../../src/domain/task/task';
import { actors, enterpriseUser, startHarness, type Harness } from '../support/http-harness';
import { refusedWritingNothing } from '../support/refused';
import { taskScenarios, type Task } from '../support/task-scenarios';

let h: Harness;
let given: ReturnType<typeof taskScenarios>;
beforeAll(async () => {
  h = await startHarness();
  given = taskScenarios(h, 70_000);
});
afterAll(() => h.close());

type Answer = { status: number; body: Record<string, unknown> };
const refused = (send: () => PromiseLike<Answer>, status: number) => refusedWritingNothing(h, send, status);
const lastEvents = async (task: Task, count: number) => (await h.app.events.readStream(taskStream(task.taskId))).slice(-count);
const send = (task: Task, actor: Actor, path: string, body: object = {}) => h.as(actor).post(`/api/tasks/${task.taskId}/${path}`, body);
const rate = (task: Task, score: unknown, actor: Actor = task.firmUser) => send(task, actor, 'rating', { score, comment: '很满意' });
const verify = (task: Task) => send(task, actors.manager, 'rectification/verification', { findings: '办理超时属实' });
const carryOut = (task: Task) => send(task, task.owner, 'rectification/action', { actions: '已约谈代办员并优化流程' });
const answer = (task: Task) => send(task, actors.manager, 'rectification/answer', { answer: '已整改，感谢监督' });
const complain = (task: Task, actor: Actor = task.firmUser) => send(task, actor, 'complaints', { text: '窗口排队太久' });
const answerComplaint = (task: Task, complaintNo: unknown) => send(task, actors.manager, 'complaint-answers', { complaintNo, answer: '已增设窗口' });

describe('POST /api/tasks/:id/rating (好差评)', () => {
  it('takes a rating of a completed task from its firm’s own user, once', async () => {
    const task = await given.completed();
    await rate(task, 5).expect(200);
    expect(await lastEvents(task, 1)).toMatchObject([{ type: 'TaskRated', data: { level: 5, comment: '很满意', ratedBy: task.firmUser.id } }]);
    expect(await refused(() => rate(task, 4), 422)).toMatchObject({ code: 'task-already-rated' });
  });

  it('opens a rectification due in 5 working days for a bad rating', async () => {
    const task = await given.completed();
    await send(task, task.firmUser, 'rating', { score: 1 }).expect(200);
    // Monday 2 March 2026 and 5 working days: Monday 9 March.
    expect(await lastEvents(task, 2)).toMatchObject([
      { type: 'TaskRated', data: { level: 1, comment: '' } },
      { type: 'RectificationOpened', data: { dueOn: '2026-03-09' } },
    ]);
  });

  it.each([[0], [6], [2.5], ['5'], [null]])('refuses the score %j with 400 naming it', async (score) => {
    const task = await given.completed();
    expect((await refused(() => rate(task, score), 400))['errors']).toEqual([{ in: 'body', field: 'score', message: expect.any(String) }]);
  });

  it('refuses a task not completed yet with 422 task-not-completed', async () => {
    const task = await given.accepted();
    expect(await refused(() => rate(task, 5), 422)).toMatchObject({ code: 'task-not-completed' });
  });

  it("hides another firm's task from an enterprise user (404), and refuses the agent (403)", async () => {
    const task = await given.completed();
    await refused(() => rate(task, 5, enterpriseUser('another-firm')), 404);
    await refused(() => rate(task, 5, task.owner), 403);
  });
});

describe('rectification of a bad rating', () => {
  it('is verified, carried out and answered to the firm, in that order; the answer says whether it was on time', async () => {
    const task = await given.badlyRated();
    await verify(task).expect(200);
    await carryOut(task).expect(200);
    await answer(task).expect(200);
    expect(await lastEvents(task, 3)).toMatchObject([
      { type: 'RectificationVerified', data: { findings: '办理超时属实' } },
      { type: 'RectificationCarriedOut', data: { actions: '已约谈代办员并优化流程' } },
      { type: 'RectificationAnswered', data: { answer: '已整改，感谢监督', onTime: true } },
    ]);
  });

  it('refuses each step without a bad rating with 422 no-rectification', async () => {
    const task = await given.completed();
    await rate(task, 4).expect(200);
    for (const step of [verify, carryOut, answer]) expect(await refused(() => step(task), 422)).toMatchObject({ code: 'no-rectification' });
  });

  it('refuses a step out of order with 422 rectification-step-out-of-order, and a step done with rectification-step-done', async () => {
    const task = await given.badlyRated();
    expect(await refused(() => carryOut(task), 422)).toMatchObject({ code: 'rectification-step-out-of-order' });
    expect(await refused(() => answer(task), 422)).toMatchObject({ code: 'rectification-step-out-of-order' });
    await verify(task).expect(200);
    expect(await refused(() => verify(task), 422)).toMatchObject({ code: 'rectification-step-done' });
  });

  it('lets a manager carry it out too, and refuses an agent who does not own the task (403)', async () => {
    const task = await given.badlyRated();
    await verify(task).expect(200);
    await refused(() => send(task, actors.otherAgent, 'rectification/action', { actions: '已整改' }), 403);
    await send(task, actors.manager, 'rectification/action', { actions: '已整改' }).expect(200);
  });
});

describe('complaints (吐槽找碴)', () => {
  it('are filed by the firm’s own user at any time, numbered from 1, each answered once by a manager', async () => {
    const task = await given.opened();
    const first = await complain(task).expect(201);
    expect(first.body).toEqual({ id: task.taskId, revision: 1 });
    expect(first.headers['location']).toBe(`/api/tasks/${task.taskId}/complaints/1`);
    expect((await complain(task).expect(201)).headers['location']).toBe(`/api/tasks/${task.taskId}/complaints/2`);
    await answerComplaint(task, 2).expect(200);
    expect(await lastEvents(task, 1)).toMatchObject([{ type: 'ComplaintAnswered', data: { complaintNo: 2, answer: '已增设窗口', answeredBy: actors.manager.id } }]);
    expect(await refused(() => answerComplaint(task, 2), 422)).toMatchObject({ code: 'complaint-already-answered', errors: [{ in: 'body', field: 'complaintNo', message: expect.any(String) }] });
  });

  it('refuses an answer to a complaint never filed with 422 complaint-not-found, and a number that is none with 400', async () => {
    const task = await given.opened();
    expect(await refused(() => answerComplaint(task, 1), 422)).toMatchObject({ code: 'complaint-not-found' });
    expect((await refused(() => answerComplaint(task, 0), 400))['errors']).toEqual([{ in: 'body', field: 'complaintNo', message: expect.any(String) }]);
  });

  it("hides another firm's task (404), refuses an agent (403), and refuses a blank complaint (400)", async () => {
    const task = await given.opened();
    await refused(() => complain(task, enterpriseUser('another-firm')), 404);
    await refused(() => complain(task, task.owner), 403);
    await refused(() => send(task, task.firmUser, 'complaints', { text: '  ' }), 400);
  });

  it('files once for a retried Idempotency-Key, answering with the same Location', async () => {
    const task = await given.opened();
    const first = await complain(task).set('Idempotency-Key', 'complaint-1').expect(201);
    const head = await h.app.events.headPosition();
    const retried = await complain(task).set('Idempotency-Key', 'complaint-1').expect(201);
    expect([retried.body, retried.headers['location']]).toEqual([first.body, first.headers['location']]);
    expect(await h.app.events.headPosition()).toBe(head);
  });
});
