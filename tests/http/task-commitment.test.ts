import type { Actor } from '../../src/domain/decider';
import { enterpriseStream } from '../../src/domain/enterprise/enterprise';
import { taskDecider, taskStream } from '../../src/domain/task/task';
import { actors, enterpriseUser, startHarness, type Harness } from '../support/http-harness';
import { refusedWritingNothing } from '../support/refused';
import { A_MONTH_AGO, CONTRACT_REVIEW, taskScenarios, type Task } from '../support/task-scenarios';

let h: Harness;
let given: ReturnType<typeof taskScenarios>;
beforeAll(async () => {
  h = await startHarness();
  given = taskScenarios(h, 60_000);
});
afterAll(() => h.close());

type Answer = { status: number; body: Record<string, unknown> };
const refused = (send: () => PromiseLike<Answer>, status: number) => refusedWritingNothing(h, send, status);
const types = async (stream: string): Promise<string[]> => (await h.app.events.readStream(stream)).map((e) => e.type);
const send = (task: Task, actor: Actor, path: string, body: object = {}) => h.as(actor).post(`/api/tasks/${task.taskId}/${path}`, body);
const sign = (task: Task, materialsDueInWorkingDays = 20) => send(task, task.owner, 'commitment', { missingItems: ['卫生检测报告'], materialsDueInWorkingDays });
const breach = (task: Task, actor: Actor = actors.manager) => send(task, actor, 'commitment/breach');
const repairCredit = (firmId: string, actor: Actor = actors.manager) => h.as(actor).post(`/api/enterprises/${firmId}/credit-repair`, { reason: '已补齐材料并作出信用承诺' });

/** A commitment signed a month ago for one working day: its materials were due on 3 February. */
const lapsed = () => given.at(A_MONTH_AGO, () => given.committed(1));

/** A firm whose credit a breached commitment marked, and a fresh accepted task of it. */
async function markedFirm(): Promise<Task> {
  const breached = await lapsed();
  await breach(breached).expect(200);
  return given.accepted({ firmId: breached.firmId });
}

describe('POST /api/tasks/:id/commitment (告知承诺制)', () => {
  it('issues the permit at once, the missing materials due some working days later', async () => {
    const task = await given.accepted();
    expect((await sign(task).expect(200)).body).toEqual({ id: task.taskId, revision: 3 });
    const [signed, issued] = (await h.app.events.readStream(taskStream(task.taskId))).slice(2);
    // 20 working days from Monday 2 March 2026: Monday 30 March.
    expect(signed).toMatchObject({ type: 'CommitmentSigned', data: { missingItems: ['卫生检测报告'], materialsDueOn: '2026-03-30' } });
    expect(issued).toMatchObject({ type: 'PermitIssued' });
  });

  it.each([
    ['materialsDueInWorkingDays', { missingItems: ['卫生检测报告'], materialsDueInWorkingDays: 0 }],
    ['materialsDueInWorkingDays', { missingItems: ['卫生检测报告'], materialsDueInWorkingDays: 2.5 }],
    ['missingItems', { missingItems: [], materialsDueInWorkingDays: 5 }],
  ])('refuses a bad %s with 400 naming it: %j', async (field, body) => {
    const task = await given.accepted();
    expect((await refused(() => send(task, task.owner, 'commitment', body), 400))['errors']).toEqual([{ in: 'body', field, message: expect.any(String) }]);
  });

  const refusals: [code: string, prepare: () => Promise<Task>][] = [
    ['commitment-not-allowed', () => given.accepted({ serviceCode: CONTRACT_REVIEW })],
    ['commitment-already-signed', () => given.committed()],
    ['task-not-accepted', () => given.opened()],
    [
      'awaiting-materials',
      async () => {
        const task = await given.accepted();
        await send(task, task.owner, 'materials-request', { missingItems: ['营业执照'] }).expect(200);
        return task;
      },
    ],
    [
      'enterprise-blacklisted',
      async () => {
        const task = await given.accepted();
        await h.as(actors.manager).post(`/api/enterprises/${task.firmId}/blacklist`, { reason: '提供虚假材料', evidence: '核查记录' }).expect(200);
        return task;
      },
    ],
    [
      'enterprise-deregistered',
      async () => {
        const task = await given.accepted();
        await h.as(actors.agent).post(`/api/enterprises/${task.firmId}/deregistration`, { reason: '歇业' }).expect(200);
        return task;
      },
    ],
    ['credit-marked', markedFirm],
  ];

  it.each(refusals)('refuses %s with 422 and writes nothing', async (code, prepare) => {
    const task = await prepare();
    expect(await refused(() => sign(task), 422)).toMatchObject({ status: 422, code });
  });

  it('refuses materials due in a year with no calendar with 422 calendar-year-missing naming the year', async () => {
    const task = await given.accepted();
    const body = await refused(() => sign(task, 250), 422);
    expect(body).toMatchObject({ code: 'calendar-year-missing', detail: expect.stringContaining('2027') });
  });
});

describe('POST /api/tasks/:id/commitment/fulfilment', () => {
  it("takes the committed materials from the firm's own user by their deadline", async () => {
    const task = await given.committed();
    await send(task, task.firmUser, 'commitment/fulfilment').expect(200);
    expect((await types(taskStream(task.taskId))).at(-1)).toBe('CommitmentFulfilled');
    await refused(() => send(task, enterpriseUser('another-firm'), 'commitment/fulfilment'), 404);
  });

  it.each([
    ['no-commitment', () => given.accepted()],
    [
      'commitment-fulfilled',
      async () => {
        const task = await given.committed();
        await send(task, task.owner, 'commitment/fulfilment').expect(200);
        return task;
      },
    ],
    ['commitment-deadline-passed', lapsed],
    [
      'commitment-breached',
      async () => {
        const task = await lapsed();
        await breach(task).expect(200);
        return task;
      },
    ],
  ])('refuses %s with 422 and writes nothing', async (code, prepare) => {
    const task = await prepare();
    expect(await refused(() => send(task, task.firmUser, 'commitment/fulfilment'), 422)).toMatchObject({ code });
  });
});

describe('POST /api/tasks/:id/commitment/breach', () => {
  it("revokes the permit and marks the firm's credit on its own stream, naming the task", async () => {
    const task = await lapsed();
    expect((await breach(task).expect(200)).body).toEqual({ id: task.taskId, revision: 5 });
    expect((await types(taskStream(task.taskId))).slice(-2)).toEqual(['CommitmentBreached', 'PermitRevoked']);
    const mark = (await h.app.events.readStream(enterpriseStream(task.firmId))).at(-1);
    expect(mark).toMatchObject({ type: 'CreditMarked', data: { taskId: task.taskId, reason: 'commitment-breached', markedAt: h.clock.now() }, metadata: { actorId: actors.manager.id } });
  });

  it('writes nothing new when sent again, with or without the same Idempotency-Key', async () => {
    const task = await lapsed();
    const first = await breach(task).set('Idempotency-Key', 'breach-1').expect(200);
    const head = await h.app.events.headPosition();
    expect((await breach(task).set('Idempotency-Key', 'breach-1').expect(200)).body).toEqual(first.body);
    expect((await breach(task).expect(200)).body).toEqual(first.body);
    expect(await h.app.events.headPosition()).toBe(head);
  });

  it('completes a breach whose process died before the credit mark: sent again, it marks the firm once', async () => {
    const task = await lapsed();
    await h.app.commands.handle(taskDecider, taskStream(task.taskId), { type: 'BreachCommitment' }, actors.manager);
    expect(await types(enterpriseStream(task.firmId))).not.toContain('CreditMarked');
    await breach(task).expect(200);
    await breach(task).expect(200);
    expect((await types(enterpriseStream(task.firmId))).filter((type) => type === 'CreditMarked')).toHaveLength(1);
  });

  it.each([
    ['commitment-deadline-not-passed', () => given.committed()],
    ['no-commitment', () => given.accepted()],
    [
      'commitment-fulfilled',
      async () => {
        const task = await given.committed();
        await send(task, task.firmUser, 'commitment/fulfilment').expect(200);
        return task;
      },
    ],
  ])('refuses %s with 422 and marks nothing', async (code, prepare) => {
    const task = await prepare();
    expect(await refused(() => breach(task), 422)).toMatchObject({ code });
  });

  it('is for managers: the owning agent gets 403', async () => {
    const task = await lapsed();
    await refused(() => breach(task, task.owner), 403);
  });
});

describe('POST /api/enterprises/:id/credit-repair (信用修复)', () => {
  it('clears every open mark, so the firm may sign a commitment again', async () => {
    const task = await markedFirm();
    expect((await repairCredit(task.firmId).expect(200)).body).toMatchObject({ id: task.firmId });
    expect((await h.app.events.readStream(enterpriseStream(task.firmId))).at(-1)).toMatchObject({
      type: 'CreditRepaired',
      data: { taskIds: [expect.any(String)], reason: '已补齐材料并作出信用承诺' },
    });
    await sign(task).expect(200);
  });

  it('refuses a firm with no open mark with 422 credit-not-marked', async () => {
    const firmId = await given.firm();
    expect(await refused(() => repairCredit(firmId), 422)).toMatchObject({ code: 'credit-not-marked' });
  });

  it('is for managers: an agent gets 403, and a firm never registered is 404', async () => {
    const task = await markedFirm();
    await refused(() => repairCredit(task.firmId, actors.agent), 403);
    await refused(() => repairCredit('no-such-firm'), 404);
  });
});
