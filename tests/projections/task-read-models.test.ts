import { Tasks } from '../../src/app/tasks';
import { WorkingCalendars } from '../../src/app/working-calendars';
import type { Actor } from '../../src/domain/decider';
import { matchesFilter } from '../../src/eventstore/event-store';
import { rebuildProjections } from '../../src/projections/rebuild';
import { projections } from '../../src/projections/registry';
import { ProjectionRunner } from '../../src/projections/runner';
import { SERVICE_QUALITY, serviceQualityProjection } from '../../src/projections/tasks/service-quality';
import { TASKS, tasksProjection } from '../../src/projections/tasks/tasks-projection';
import { TIMELINE, timelineProjection } from '../../src/projections/timeline';
import { BatchWrites } from '../../src/projections/writes';
import { registration } from '../support/registration';
import { agent, coreOn, manager, silentLogger } from '../support/test-app';

const on = (date: string): string => `${date}T02:00:00.000Z`;
const otherAgent: Actor = { id: 'a-2', role: 'agent' };
const MINE = [tasksProjection, serviceQualityProjection, timelineProjection];
const COLLECTIONS = MINE.flatMap((projection) => Object.keys(projection.collections));

describe('task read models', () => {
  const core = coreOn();
  const tasks = new Tasks(core.events, core.commands, new WorkingCalendars(core.events, core.commands), core.clock);
  const ids: Record<'clockStopped' | 'late' | 'handedOver', string> = { clockStopped: '', late: '', handedOver: '' };
  let firm: string;

  const at = (date: string) => core.clock.set(on(date));
  const open = async (by: Actor, serviceCode: string) => (await tasks.open({ enterpriseId: firm, serviceCode, keyProject: null }, by)).taskId;

  async function snapshot(): Promise<Record<string, unknown[]>> {
    return Object.fromEntries(await Promise.all(COLLECTIONS.map(async (c) => [c, await core.reads.collection(c).find({}, { sort: { _id: 1 } })])));
  }

  beforeAll(async () => {
    firm = (await core.registration.register(registration(1), agent)).enterpriseId;
    const firmUser: Actor = { id: 'u-1', role: 'enterprise', enterpriseId: firm };
    // Accepted Monday 2 March (due 16 March); asked for materials on the 4th, which came on the 6th:
    // two working days paused, due 18 March; completed on the 9th, 3 working days taken.
    at('2026-03-02');
    ids.clockStopped = await open(agent, 'public-place-hygiene-permit');
    await tasks.handle(ids.clockStopped, { type: 'AcceptTask' }, agent);
    at('2026-03-04');
    await tasks.handle(ids.clockStopped, { type: 'RequestMaterials', missingItems: ['卫生检测报告'] }, agent);
    at('2026-03-06');
    await tasks.handle(ids.clockStopped, { type: 'ReceiveMaterials' }, firmUser);
    at('2026-03-09');
    await tasks.handle(ids.clockStopped, { type: 'CompleteTask', outcome: '许可证已发放', costSavedFen: 50_000 }, agent);
    await tasks.handle(ids.clockStopped, { type: 'RateTask', level: 4, comment: '满意' }, firmUser);

    // A contract review (promised in 3, 5 by law) opened by another agent, due 5 March, done 1 April
    // in Shanghai (31 March in UTC): 22 working days, 17 more than the law allows.
    at('2026-03-02');
    ids.late = await open(otherAgent, 'contract-review');
    await tasks.handle(ids.late, { type: 'AcceptTask' }, otherAgent);
    core.clock.set('2026-03-31T17:00:00.000Z');
    await tasks.handle(ids.late, { type: 'CompleteTask', outcome: '合同审查意见已出具', costSavedFen: 20_000 }, otherAgent);
    await tasks.handle(ids.late, { type: 'RateTask', level: 1, comment: '太慢' }, firmUser);
    await tasks.handle(ids.late, { type: 'FileComplaint', text: '无人回复' }, firmUser);
    await tasks.handle(ids.late, { type: 'AnswerComplaint', complaintNo: 1, answer: '已约谈代办员' }, manager);

    ids.handedOver = await open(agent, 'public-place-hygiene-permit');
    await tasks.handle(ids.handedOver, { type: 'HandOverTask', toAgentId: 'a-3', reason: '调岗' }, agent);
    await tasks.handle(ids.handedOver, { type: 'CancelTask', reason: '企业撤回申请' }, { id: 'a-3', role: 'agent' });

    const runner = new ProjectionRunner(core.events, core.reads, projections, silentLogger);
    await runner.start();
    await runner.caughtUpWith(await core.events.headPosition());
    await runner.stop();
  });

  it('keeps one document per task: its firm, service, owners, clock and what became of it', async () => {
    const task = (id: string) => core.reads.collection(TASKS).findOne({ _id: id });
    expect(await task(ids.clockStopped)).toMatchObject({
      enterpriseId: firm,
      service: { id: 'public-place-hygiene-permit', nameZh: '公共场所卫生许可证', promisedWorkingDays: 10, statutoryWorkingDays: 20 },
      firstContactAgentId: 'a-1',
      ownerId: 'a-1',
      status: 'completed',
      dueOn: '2026-03-18',
      pausedWorkingDays: 2,
      pausedSince: null,
      deadlineLive: false,
      materialsRequest: { missingItems: ['卫生检测报告'] },
      completion: { outcome: '许可证已发放', costSavedFen: 50_000, workingDaysTaken: 3, onTime: true },
      rating: { level: 4, satisfied: true },
      rectification: null,
    });
    expect(await task(ids.late)).toMatchObject({
      firstContactAgentId: 'a-2',
      completion: { workingDaysTaken: 22, onTime: false },
      rating: { level: 1, satisfied: false },
      rectification: { status: 'open', dueOn: '2026-04-09' },
      complaints: [{ complaintNo: 1, text: '无人回复' }],
      complaintAnswers: [{ complaintNo: 1, answer: '已约谈代办员', answeredBy: 'm-1' }],
    });
    expect(await task(ids.handedOver)).toMatchObject({
      firstContactAgentId: 'a-1',
      ownerId: 'a-3',
      status: 'cancelled',
      handovers: [{ fromAgentId: 'a-1', toAgentId: 'a-3', reason: '调岗' }],
      cancellation: { reason: '企业撤回申请' },
    });
  });

  it("puts every task event on the firm's timeline, summarised in Chinese and English", async () => {
    const entries = await core.reads.collection(TIMELINE).find({ stream: `task-${ids.clockStopped}` }, { sort: { position: 1 } });
    expect(entries.map((entry) => entry['type'])).toEqual(['TaskOpened', 'TaskAccepted', 'TaskMaterialsRequested', 'TaskMaterialsReceived', 'TaskCompleted', 'TaskRated']);
    expect(entries.every((entry) => entry['enterpriseId'] === firm)).toBe(true);
    expect(entries[3]!['summary']).toEqual({ zh: '材料已补齐，暂停 2 个工作日，办结日期 2026-03-18', en: 'Materials received after 2 paused working days; due on 2026-03-18' });
    expect(entries[5]!['summary']).toEqual({ zh: '企业评价：满意（满意）', en: 'Rated satisfied ("满意")' });
  });

  it('adds each completion and rating up per agent, per service and per Asia/Shanghai month of completion', async () => {
    const cells = await core.reads.collection(SERVICE_QUALITY).find({}, { sort: { _id: 1 } });
    const figures = Object.fromEntries(cells.map(({ _id, completed, rated, satisfied, onTime, workingDaysSaved }) => [_id, { completed, rated, satisfied, onTime, workingDaysSaved }]));
    const good = { completed: 1, rated: 1, satisfied: 1, onTime: 1, workingDaysSaved: 17 };
    const bad = { completed: 1, rated: 1, satisfied: 0, onTime: 0, workingDaysSaved: -17 };
    expect(figures).toEqual({
      'agent:a-1:2026-03': good,
      'service:public-place-hygiene-permit:2026-03': good,
      'month:2026-03:2026-03': good,
      'agent:a-2:2026-04': bad,
      'service:contract-review:2026-04': bad,
      'month:2026-04:2026-04': bad,
    });
  });

  it('changes nothing when the events are applied again, in one batch or several', async () => {
    const before = await snapshot();
    const { events } = await core.events.readAll({});
    for (const batches of [[events], events.map((event) => [event])]) {
      for (const batch of batches) {
        for (const projection of MINE) {
          const writes = new BatchWrites((c) => c, true, core.reads);
          for (const event of batch) if (matchesFilter(event, projection.filter)) await writes.add(projection, event);
          await core.reads.writeAtomically(await writes.toWrites(core.reads, projection.name, undefined));
        }
      }
      expect(await snapshot()).toEqual(before);
    }
  });

  it('rebuilds to exactly what the live runner keeps', async () => {
    const live = await snapshot();
    await rebuildProjections(core.events, core.reads, MINE);
    expect(await snapshot()).toEqual(live);
  });
});
