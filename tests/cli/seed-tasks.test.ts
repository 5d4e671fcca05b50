import type { SeedSummary } from '../../src/cli/seed';
import { RATING_LEVELS, TASK_STATES, type SeededTaskState } from '../../src/cli/seed/task-tally';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue/default-catalogue';
import { enterpriseDecider, ENTERPRISE_STREAM_PREFIX } from '../../src/domain/enterprise/enterprise';
import type { EnterpriseEvent } from '../../src/domain/enterprise/events';
import type { TaskEvent, TaskOpened } from '../../src/domain/task/events';
import { taskDecider, TASK_STREAM_PREFIX } from '../../src/domain/task/task';
import type { RecordedEvent } from '../../src/eventstore/event-store';
import { fold, SEED_NOW, seeded, streamsOf } from './seeded-events';

const A_YEAR_AGO = '2025-03-02T02:00:00.000Z';

describe('seeding a year of agency tasks', () => {
  let summary: SeedSummary;
  let events: RecordedEvent[];
  let tasks: RecordedEvent[][];
  let firms: Map<string, RecordedEvent[]>;
  const ofType = (type: TaskEvent['type'] | EnterpriseEvent['type']) => events.filter((event) => event.type === type);
  const stateOf = (history: readonly RecordedEvent[]) => fold<TaskEvent, typeof taskDecider.initialState>(taskDecider, history);

  beforeAll(async () => {
    ({ summary, events } = await seeded(1, 150));
    tasks = [...streamsOf(events, TASK_STREAM_PREFIX).values()];
    firms = streamsOf(events, ENTERPRISE_STREAM_PREFIX);
  });

  it('leaves tasks in every state, and counts them as their own streams have them', () => {
    const counted = Object.fromEntries(TASK_STATES.map((state) => [state, 0])) as Record<SeededTaskState, number>;
    for (const history of tasks) counted[stateOf(history).status as SeededTaskState] += 1;
    expect(summary.tasks.tasksByState).toEqual(counted);
    for (const state of TASK_STATES) expect(counted[state]).toBeGreaterThan(0);
    expect(summary.tasks.tasks).toBe(tasks.length);
  });

  it('counts the ratings, rectifications, complaints, escalations and breaches the streams hold', () => {
    const ratings = Object.fromEntries(RATING_LEVELS.map((level) => [level, ofType('TaskRated').filter((event) => String(event.data['level']) === level).length]));
    expect(summary.tasks.ratingsByLevel).toEqual(ratings);
    expect(summary.tasks).toMatchObject({
      completedOnTime: ofType('TaskCompleted').filter((event) => event.data['onTime'] === true).length,
      escalations: ofType('TaskEscalated').length,
      commitmentsSigned: ofType('CommitmentSigned').length,
      commitmentsBreached: ofType('CommitmentBreached').length,
      rectificationsAnswered: ofType('RectificationAnswered').length,
      complaintsFiled: ofType('ComplaintFiled').length,
      complaintsAnswered: ofType('ComplaintAnswered').length,
    });
    for (const figure of [summary.tasks.escalations, summary.tasks.commitmentsBreached, summary.tasks.complaintsFiled, summary.tasks.rectificationsAnswered]) expect(figure).toBeGreaterThan(0);
  });

  it('rates most completed tasks, mostly 4 or 5, a few badly, each bad rating rectified', () => {
    const rated = ofType('TaskRated').length;
    const { ratingsByLevel } = summary.tasks;
    expect(rated / summary.tasks.tasksByState.completed).toBeGreaterThan(0.7);
    expect((ratingsByLevel['4'] + ratingsByLevel['5']) / rated).toBeGreaterThan(0.7);
    expect(ratingsByLevel['1'] + ratingsByLevel['2']).toBeGreaterThan(0);
    expect(ofType('RectificationOpened')).toHaveLength(ratingsByLevel['1'] + ratingsByLevel['2']);
    for (const event of ofType('TaskRated')) expect(event.metadata.actorRole).toBe('enterprise');
    expect(summary.tasks.completedOnTime / summary.tasks.tasksByState.completed).toBeGreaterThan(0.75);
  });

  it('opens a year of tasks across the catalogue, by agents, some for firms assigned to another agent', () => {
    const opened = ofType('TaskOpened');
    expect(new Set(opened.map((event) => (event.data as unknown as TaskOpened['data']).service.id)).size).toBeGreaterThan(DEFAULT_CATALOGUE.length / 2);
    let byAnother = 0;
    for (const event of opened) {
      expect(event.metadata.actorRole).toBe('agent');
      expect(event.metadata.occurredAt >= A_YEAR_AGO && event.metadata.occurredAt <= SEED_NOW).toBe(true);
      const firmBefore = firms.get(`${ENTERPRISE_STREAM_PREFIX}${String(event.data['enterpriseId'])}`)!.filter((e) => e.position < event.position);
      const firm = fold<EnterpriseEvent, typeof enterpriseDecider.initialState>(enterpriseDecider, firmBefore);
      expect(firm.status).not.toBe('deregistered');
      if (firm.agentId !== event.metadata.actorId) byAnother += 1;
    }
    expect(byAnother).toBeGreaterThan(0);
    expect(ofType('TaskHandedOver').length).toBeGreaterThan(0);
  });

  it('marks the credit of each firm whose commitment was breached, once per breach', () => {
    const breached = ofType('CommitmentBreached').map((event) => event.streamName.slice(TASK_STREAM_PREFIX.length)).sort();
    expect(ofType('CreditMarked').map((event) => String(event.data['taskId'])).sort()).toEqual(breached);
  });
});

describe('the same seed’s tasks', () => {
  /** Each task's events, named by the firm's credit code rather than the ids the services gave. */
  function taskContent(events: readonly RecordedEvent[]) {
    const codeOf = new Map(events.filter((e) => e.type === 'EnterpriseRegistered').map((e) => [String(e.data['enterpriseId']), String(e.data['creditCode'])]));
    return [...streamsOf(events, TASK_STREAM_PREFIX).values()]
      .map((history) => history.map((e) => [e.type, e.metadata.occurredAt, e.metadata.actorId, { ...e.data, taskId: undefined, enterpriseId: codeOf.get(String(e.data['enterpriseId'])) }]))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }

  it('writes the same tasks whatever the concurrency', async () => {
    const first = await seeded(9, 60);
    const again = await seeded(9, 60, 1);
    expect(taskContent(first.events).length).toBeGreaterThan(30);
    expect(taskContent(again.events)).toEqual(taskContent(first.events));
    expect(again.summary.tasks).toEqual(first.summary.tasks);
  });
});
