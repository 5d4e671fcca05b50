import type { Actor } from '../../src/domain/decider';
import { taskStream } from '../../src/domain/task/task';
import { actors, enterpriseUser, startHarness, type Harness } from '../support/http-harness';
import { refusedWritingNothing } from '../support/refused';
import { A_MONTH_AGO, CONTRACT_REVIEW, HYGIENE_PERMIT, taskScenarios, type Task } from '../support/task-scenarios';

let h: Harness;
let given: ReturnType<typeof taskScenarios>;
beforeAll(async () => {
  h = await startHarness();
  given = taskScenarios(h, 50_000);
});
afterAll(() => h.close());

type Answer = { status: number; body: Record<string, unknown> };
const refused = (send: () => PromiseLike<Answer>, status: number) => refusedWritingNothing(h, send, status);
const events = (task: Task) => h.app.events.readStream(taskStream(task.taskId));
const lastEvent = async (task: Task) => (await events(task)).at(-1);
const send = (task: Task, actor: Actor, path: string, body: object = {}) => h.as(actor).post(`/api/tasks/${task.taskId}/${path}`, body);
const open = (body: object, agent: Actor = actors.agent) => h.as(agent).post('/api/tasks', body);

describe('POST /api/tasks', () => {
  it('opens a task: 201 with id, revision, ETag and Location; the opener owns it and the service is kept as the catalogue had it', async () => {
    const firmId = await given.firm();
    const res = await open({ enterpriseId: firmId, serviceCode: HYGIENE_PERMIT, keyProject: '武陵移动互联网产业园二期' }).expect(201);
    expect(res.body).toEqual({ id: expect.any(String), revision: 0 });
    expect(res.headers['etag']).toBe('W/"0"');
    expect(res.headers['location']).toBe(`/api/tasks/${res.body.id}`);
    const [opened] = await h.app.events.readStream(taskStream(res.body.id));
    expect(opened).toMatchObject({
      type: 'TaskOpened',
      data: { taskId: res.body.id, enterpriseId: firmId, agentId: actors.agent.id, keyProject: '武陵移动互联网产业园二期', service: { id: HYGIENE_PERMIT, promisedWorkingDays: 10 } },
    });
  });

  it('names every missing and unknown field with 400', async () => {
    const body = await refused(() => open({ extra: 1 }), 400);
    expect((body['errors'] as { field: string }[]).map((e) => e.field).sort()).toEqual(['enterpriseId', 'extra', 'serviceCode']);
  });

  it('refuses If-Match on a task being opened with 400', async () => {
    const firmId = await given.firm();
    await refused(() => open({ enterpriseId: firmId, serviceCode: HYGIENE_PERMIT }).set('If-Match', 'W/"0"'), 400);
  });

  it.each([
    ['enterprise-not-found', async () => ({ enterpriseId: 'no-such-firm', serviceCode: HYGIENE_PERMIT })],
    [
      'enterprise-deregistered',
      async () => {
        const firmId = await given.firm();
        await h.as(actors.agent).post(`/api/enterprises/${firmId}/deregistration`, { reason: '歇业' }).expect(200);
        return { enterpriseId: firmId, serviceCode: HYGIENE_PERMIT };
      },
    ],
    ['service-not-found', async () => ({ enterpriseId: await given.firm(), serviceCode: 'moon-landing-permit' })],
  ])('refuses %s with 422 and writes nothing', async (code, prepare) => {
    const body = await prepare();
    expect(await refused(() => open(body), 422)).toMatchObject({ status: 422, code });
  });

  it('names serviceCode when the catalogue has no such service', async () => {
    const firmId = await given.firm();
    const body = await refused(() => open({ enterpriseId: firmId, serviceCode: 'moon-landing-permit' }), 422);
    expect(body['errors']).toEqual([{ in: 'body', field: 'serviceCode', message: expect.any(String) }]);
  });

  it('opens once for a retried Idempotency-Key, and refuses the key with another body', async () => {
    const firmId = await given.firm();
    const first = await open({ enterpriseId: firmId, serviceCode: HYGIENE_PERMIT }).set('Idempotency-Key', 'open-1').expect(201);
    const head = await h.app.events.headPosition();
    expect((await open({ enterpriseId: firmId, serviceCode: HYGIENE_PERMIT }).set('Idempotency-Key', 'open-1').expect(201)).body).toEqual(first.body);
    expect(await h.app.events.headPosition()).toBe(head);
    expect(await refused(() => open({ enterpriseId: firmId, serviceCode: CONTRACT_REVIEW }).set('Idempotency-Key', 'open-1'), 422)).toMatchObject({ code: 'idempotency-key-reused' });
  });
});

describe('first contact (首问负责制)', () => {
  it('lets an agent open a task for a firm assigned to another agent and work it; the firm’s own agent may not', async () => {
    const firmId = await given.firm(actors.otherAgent);
    const task = await given.opened({ firmId, owner: actors.agent });
    await send(task, actors.agent, 'acceptance').expect(200);
    const body = await refused(() => send(task, actors.otherAgent, 'materials-request', { missingItems: ['营业执照'] }), 403);
    expect(body['detail']).toMatch(/another agent/);
  });

  it('passes with a hand-over: the new owner works the task, the old one no longer may', async () => {
    const task = await given.accepted();
    await send(task, actors.agent, 'handover', { toAgentId: actors.otherAgent.id, reason: '调岗' }).expect(200);
    expect(await lastEvent(task)).toMatchObject({ type: 'TaskHandedOver', data: { fromAgentId: actors.agent.id, toAgentId: actors.otherAgent.id, reason: '调岗' } });
    await refused(() => send(task, actors.agent, 'completion', { outcome: '已发证', costSavedFen: 0 }), 403);
    await send(task, actors.otherAgent, 'completion', { outcome: '已发证', costSavedFen: 0 }).expect(200);
  });

  it('lets a manager hand a task over, and refuses handing it to its owner with 422 already-task-owner', async () => {
    const task = await given.accepted();
    await send(task, actors.manager, 'handover', { toAgentId: 'a-9', reason: '代办员休假' }).expect(200);
    expect(await refused(() => send(task, actors.manager, 'handover', { toAgentId: 'a-9', reason: '再次' }), 422)).toMatchObject({ code: 'already-task-owner' });
  });

  it('refuses handing over a cancelled task with 422 task-cancelled', async () => {
    const task = await given.accepted();
    await send(task, task.owner, 'cancellation', { reason: '企业撤回申请' }).expect(200);
    expect(await refused(() => send(task, task.owner, 'handover', { toAgentId: 'a-9', reason: '调岗' }), 422)).toMatchObject({ code: 'task-cancelled' });
  });

  it('answers 404 for a task never opened, and for another firm’s task asked by an enterprise user', async () => {
    await refused(() => h.as(actors.agent).post('/api/tasks/no-such-task/acceptance', {}), 404);
    const task = await given.accepted();
    await send(task, task.owner, 'materials-request', { missingItems: ['卫生检测报告'] }).expect(200);
    await refused(() => send(task, enterpriseUser('another-firm'), 'materials'), 404);
  });
});

describe('POST /api/tasks/:id/acceptance', () => {
  it("accepts: the task is due the service's promised working days later", async () => {
    const task = await given.opened();
    const res = await send(task, task.owner, 'acceptance').expect(200);
    expect(res.body).toEqual({ id: task.taskId, revision: 1 });
    expect(res.headers['etag']).toBe('W/"1"');
    // Monday 2 March 2026 and 10 working days: Monday 16 March.
    expect(await lastEvent(task)).toMatchObject({ type: 'TaskAccepted', data: { acceptedAt: h.clock.now(), dueOn: '2026-03-16' } });
  });

  it.each([
    ['task-already-accepted', () => given.accepted()],
    [
      'task-cancelled',
      async () => {
        const task = await given.opened();
        await send(task, task.owner, 'cancellation', { reason: '企业撤回申请' }).expect(200);
        return task;
      },
    ],
    ['task-completed', () => given.completed()],
  ])('refuses %s with 422 and writes nothing', async (code, prepare) => {
    const task = await prepare();
    expect(await refused(() => send(task, task.owner, 'acceptance'), 422)).toMatchObject({ code });
  });

  it('refuses a stale If-Match with 412, and accepts under the current one', async () => {
    const task = await given.opened();
    expect(await refused(() => send(task, task.owner, 'acceptance').set('If-Match', 'W/"3"'), 412)).toMatchObject({ code: 'stale-revision', currentRevision: 0 });
    await send(task, task.owner, 'acceptance').set('If-Match', 'W/"0"').expect(200);
  });

  it('accepts once for a retried Idempotency-Key', async () => {
    const task = await given.opened();
    const first = await send(task, task.owner, 'acceptance').set('Idempotency-Key', 'accept-1').expect(200);
    const head = await h.app.events.headPosition();
    expect((await send(task, task.owner, 'acceptance').set('Idempotency-Key', 'accept-1').expect(200)).body).toEqual(first.body);
    expect(await h.app.events.headPosition()).toBe(head);
  });
});

describe('materials (一次性告知)', () => {
  it('asks for every missing item at once and stops the clock; receiving them moves the due date by the working days it stood still', async () => {
    const task = await given.accepted();
    await send(task, task.owner, 'materials-request', { missingItems: ['卫生检测报告', '从业人员健康证明'] }).expect(200);
    h.clock.set('2026-03-05T02:00:00.000Z');
    try {
      await send(task, task.firmUser, 'materials').expect(200);
    } finally {
      h.clock.set('2026-03-02T02:00:00.000Z');
    }
    // The clock stood still Tuesday 3 to Thursday 5 March: due three working days later, Thursday 19 March.
    expect(await lastEvent(task)).toMatchObject({ type: 'TaskMaterialsReceived', data: { pausedWorkingDays: 3, dueOn: '2026-03-19' } });
  });

  it('takes the materials from the owning agent too', async () => {
    const task = await given.accepted();
    await send(task, task.owner, 'materials-request', { missingItems: ['卫生检测报告'] }).expect(200);
    await send(task, task.owner, 'materials').expect(200);
  });

  it('refuses an empty list or a blank item with 400 naming it', async () => {
    const task = await given.accepted();
    expect((await refused(() => send(task, task.owner, 'materials-request', { missingItems: [] }), 400))['errors']).toEqual([
      { in: 'body', field: 'missingItems', message: expect.any(String) },
    ]);
    expect((await refused(() => send(task, task.owner, 'materials-request', { missingItems: ['营业执照', ' '] }), 400))['errors']).toEqual([
      { in: 'body', field: 'missingItems.1', message: expect.any(String) },
    ]);
  });

  it('refuses a request before acceptance with 422 task-not-accepted, and a second request with 422 materials-already-requested', async () => {
    const task = await given.opened();
    expect(await refused(() => send(task, task.owner, 'materials-request', { missingItems: ['营业执照'] }), 422)).toMatchObject({ code: 'task-not-accepted' });
    await send(task, task.owner, 'acceptance').expect(200);
    await send(task, task.owner, 'materials-request', { missingItems: ['营业执照'] }).expect(200);
    await send(task, task.owner, 'materials').expect(200);
    expect(await refused(() => send(task, task.owner, 'materials-request', { missingItems: ['社保证明'] }), 422)).toMatchObject({ code: 'materials-already-requested' });
  });

  it('refuses materials nobody asked for with 422 no-materials-requested, and a second receipt with materials-already-received', async () => {
    const task = await given.accepted();
    expect(await refused(() => send(task, task.firmUser, 'materials'), 422)).toMatchObject({ code: 'no-materials-requested' });
    await send(task, task.owner, 'materials-request', { missingItems: ['营业执照'] }).expect(200);
    await send(task, task.firmUser, 'materials').expect(200);
    expect(await refused(() => send(task, task.firmUser, 'materials'), 422)).toMatchObject({ code: 'materials-already-received' });
  });
});

describe('POST /api/tasks/:id/completion', () => {
  it('completes with the outcome, the cost saved, the working days taken and whether it was on time', async () => {
    const task = await given.accepted();
    await send(task, task.owner, 'completion', { outcome: '许可证已发放', costSavedFen: 50_000 }).expect(200);
    expect(await lastEvent(task)).toMatchObject({ type: 'TaskCompleted', data: { outcome: '许可证已发放', costSavedFen: 50_000, workingDaysTaken: 0, onTime: true } });
  });

  it.each([
    ['costSavedFen', { outcome: '已发证', costSavedFen: -1 }],
    ['costSavedFen', { outcome: '已发证', costSavedFen: 1.5 }],
    ['outcome', { outcome: ' ', costSavedFen: 0 }],
  ])('refuses a bad %s with 400 naming it: %j', async (field, body) => {
    const task = await given.accepted();
    expect((await refused(() => send(task, task.owner, 'completion', body), 400))['errors']).toEqual([{ in: 'body', field, message: expect.any(String) }]);
  });

  it.each([
    ['task-not-accepted', () => given.opened()],
    [
      'awaiting-materials',
      async () => {
        const task = await given.accepted();
        await send(task, task.owner, 'materials-request', { missingItems: ['营业执照'] }).expect(200);
        return task;
      },
    ],
    ['task-completed', () => given.completed()],
  ])('refuses %s with 422 and writes nothing', async (code, prepare) => {
    const task = await prepare();
    expect(await refused(() => send(task, task.owner, 'completion', { outcome: '已发证', costSavedFen: 0 }), 422)).toMatchObject({ code });
  });
});

describe('POST /api/tasks/:id/cancellation', () => {
  it('cancels with a reason', async () => {
    const task = await given.opened();
    await send(task, task.owner, 'cancellation', { reason: '企业撤回申请' }).expect(200);
    expect(await lastEvent(task)).toMatchObject({ type: 'TaskCancelled', data: { reason: '企业撤回申请' } });
  });

  it('refuses cancelling twice with 422 task-cancelled, and a task whose permit was issued on a commitment with 422 permit-issued', async () => {
    const task = await given.opened();
    await send(task, task.owner, 'cancellation', { reason: '企业撤回申请' }).expect(200);
    expect(await refused(() => send(task, task.owner, 'cancellation', { reason: '再次' }), 422)).toMatchObject({ code: 'task-cancelled' });
    const committed = await given.committed();
    expect(await refused(() => send(committed, committed.owner, 'cancellation', { reason: '企业撤回申请' }), 422)).toMatchObject({ code: 'permit-issued' });
  });
});

describe('escalation (责任追究)', () => {
  const overdue = () => given.at(A_MONTH_AGO, () => given.accepted());

  it('escalates a task past its due date to the managers, once per due date', async () => {
    const task = await overdue();
    await send(task, actors.manager, 'escalation').expect(200);
    expect(await lastEvent(task)).toMatchObject({ type: 'TaskEscalated', data: { dueOn: '2026-02-14', agentId: task.owner.id } });
    const again = await send(task, actors.manager, 'escalation').expect(200);
    expect(again.body).toEqual({ id: task.taskId, revision: 2 });
    expect((await events(task)).map((e) => e.type)).toEqual(['TaskOpened', 'TaskAccepted', 'TaskEscalated']);
  });

  it('refuses a task not yet accepted with 422 task-not-accepted, and one not overdue with task-not-overdue', async () => {
    const opened = await given.opened();
    expect(await refused(() => send(opened, actors.manager, 'escalation'), 422)).toMatchObject({ code: 'task-not-accepted' });
    const accepted = await given.accepted();
    expect(await refused(() => send(accepted, actors.manager, 'escalation'), 422)).toMatchObject({ code: 'task-not-overdue' });
  });

  it('is swept daily by escalateOverdueTasks: open tasks past due, not those whose clock stopped in time, nor closed ones, nor twice', async () => {
    const late = await overdue();
    const pausedInTime = await given.at(A_MONTH_AGO, async () => {
      const task = await given.accepted();
      await send(task, task.owner, 'materials-request', { missingItems: ['营业执照'] }).expect(200);
      return task;
    });
    const completedLate = await overdue();
    await send(completedLate, completedLate.owner, 'completion', { outcome: '已发证', costSavedFen: 0 }).expect(200);
    const onTime = await given.accepted();

    const escalated = await h.app.taskEscalation.escalateOverdueTasks(h.clock.now());

    expect(escalated).toContain(late.taskId);
    expect(escalated).not.toContain(pausedInTime.taskId);
    expect(escalated).not.toContain(completedLate.taskId);
    expect(escalated).not.toContain(onTime.taskId);
    expect(await lastEvent(late)).toMatchObject({ type: 'TaskEscalated', metadata: { actorId: 'system:overdue-escalation' } });
    const head = await h.app.events.headPosition();
    expect(await h.app.taskEscalation.escalateOverdueTasks(h.clock.now())).toEqual([]);
    expect(await h.app.events.headPosition()).toBe(head);
  });
});
