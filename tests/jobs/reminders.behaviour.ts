import { taskStream } from '../../src/domain/task/task';
import { REACTOR_CHECKPOINT } from '../../src/jobs/reminder-reactor';
import { SEND_REMINDER } from '../../src/jobs/reminder-jobs';
import { rebuildProjections } from '../../src/projections/rebuild';
import { projections } from '../../src/projections/registry';
import { actors, type Harness } from '../support/http-harness';
import { programmePublication } from '../support/programme-publication';
import { reminderEvents, sentKeys, startRemindersHarness, TEST_DAY } from '../support/reminders-harness';
import { sleep, until } from '../support/until';
import type { RunningClock } from '../support/running-clock';
import { A_MONTH_AGO, taskScenarios } from '../support/task-scenarios';
import { startWebhookReceiver } from './notifiers/webhook-receiver';

const WEBHOOK_SECRET = 'webhook-secret-that-is-at-least-32-characters';
/** A hygiene permit accepted on TEST_DAY is promised by Monday 16 March; two working days before is Thursday 12 March. */
const DUE_ON = '2026-03-16';
const TWO_DAYS_BEFORE_AT_NINE = '2026-03-12T01:00:00.000Z';
const before = (instant: string, ms: number): string => new Date(Date.parse(instant) - ms).toISOString();

/** Reminder behaviour every scheduler adapter shows; `env` picks the adapter. */
export function reminderBehaviour(env: () => NodeJS.ProcessEnv): void {
  let h: Harness & { clock: RunningClock };
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let tasks: ReturnType<typeof taskScenarios>;
  /** The key the webhook receiver refuses three times before it takes it. */
  let flakyKey = '';
  /** A key the webhook receiver refuses for as long as `holding` is true. */
  let heldKey = '';
  let holding = false;
  const refusals = new Map<string, number>();
  const refuses = (key: string): boolean => (key === flakyKey && (refusals.get(key) ?? 0) < 3) || (key === heldKey && holding);

  beforeAll(async () => {
    receiver = await startWebhookReceiver(WEBHOOK_SECRET, () => Math.floor(Date.parse(h.clock.now()) / 1000), ({ headers }) => {
      const key = String(headers['idempotency-key']);
      if (!refuses(key)) return 200;
      refusals.set(key, (refusals.get(key) ?? 0) + 1);
      return 500;
    });
    h = await startRemindersHarness({ ...env(), WEBHOOK_URL: receiver.url, WEBHOOK_SECRET });
    tasks = taskScenarios(h, 700);
  });
  afterAll(async () => {
    await h.close();
    await receiver.close();
  });

  const reactor = () => h.app.reminders.reactor;
  const scheduler = () => h.app.reminders.scheduler;
  const inboxOf = async (actor: Parameters<Harness['as']>[0]): Promise<{ key: string; title: { zh: string } }[]> => (await h.as(actor).get('/api/reminders').expect(200)).body.items;

  /** A task accepted on TEST_DAY whose reminders the reactor learns of only once the clock stands `lead` ms before the first is due. */
  async function acceptedWhileReactorWaits(leadMs: number) {
    await reactor().stop();
    h.clock.set(TEST_DAY);
    const task = await tasks.accepted();
    h.clock.set(before(TWO_DAYS_BEFORE_AT_NINE, leadMs));
    reactor().start();
    await reactor().caughtUp();
    return { task, key: `task-deadline:${task.taskId}:${DUE_ON}:-2wd` };
  }

  it('sends a delayed reminder at its time, not before, to the inbox of the agent who owns the task', async () => {
    const { task, key } = await acceptedWhileReactorWaits(2000);
    flakyKey = key;
    await sleep(800);
    expect(await sentKeys(h.app.events)).not.toContain(key);
    await until('the reminder to be sent', async () => (await sentKeys(h.app.events)).includes(key), 15_000);
    await until('the reminder in the owner’s inbox', async () => (await inboxOf(task.owner)).some((item) => item.key === key), 15_000);
    expect((await inboxOf(task.owner)).find((item) => item.key === key)!.title.zh).toBe('办件两个工作日后到期');
    expect((await inboxOf(task.firmUser)).some((item) => item.key === key)).toBe(false);
  });

  it('does not send a reminder whose cause is gone by the time it is due', async () => {
    const { task, key } = await acceptedWhileReactorWaits(1500);
    await tasks.step(task, task.owner, 'completion', { outcome: '许可证已发放', costSavedFen: 0 });
    await sleep(3000);
    expect(await sentKeys(h.app.events)).not.toContain(key);
    expect((await scheduler().counts()).failed).toBe(0);
  });

  it('records a reminder once when several workers send it at the same time', async () => {
    const { task, key } = await acceptedWhileReactorWaits(500);
    const job = { name: SEND_REMINDER, data: { cause: taskStream(task.taskId), key }, runAt: h.clock.now() };
    await scheduler().add([1, 2, 3, 4, 5].map((copy) => ({ ...job, id: `${key}:copy-${copy}` })));
    await until('the reminder to be sent', async () => (await sentKeys(h.app.events)).includes(key), 15_000);
    await sleep(1000);
    expect((await sentKeys(h.app.events)).filter((sent) => sent === key)).toHaveLength(1);
  });

  it('delivers a reminder once recorded even when its cause is gone by the time a retry delivers it', async () => {
    const { task, key } = await acceptedWhileReactorWaits(500);
    heldKey = key;
    holding = true;
    await until('the webhook to refuse the recorded reminder', async () => (refusals.get(key) ?? 0) > 0, 15_000);
    expect(await sentKeys(h.app.events)).toContain(key);
    await tasks.step(task, task.owner, 'completion', { outcome: '许可证已发放', costSavedFen: 0 });
    holding = false;
    const deliveries = async () => (await reminderEvents(h.app.events)).filter((event) => event.type === 'ReminderDelivered' && event.streamName === `reminder-${key}`);
    await until('the delivery to be recorded', async () => (await deliveries()).length > 0, 20_000);
    expect((await deliveries()).map((event) => event.data['channel'])).toEqual(['webhook']);
    expect(receiver.accepted().filter((request) => request.headers['idempotency-key'] === key)).toHaveLength(1);
  });

  it('tells the managers at once when the overdue sweep escalates a task', async () => {
    await reactor().stop();
    h.clock.set(A_MONTH_AGO);
    const task = await tasks.accepted();
    h.clock.set(before(TWO_DAYS_BEFORE_AT_NINE, 60_000));
    reactor().start();
    await h.app.overdueSweep.runOnce();
    const escalation = (item: { key: string }) => item.key.startsWith(`task-escalated:${task.taskId}:`) && item.key.endsWith(':overdue');
    await until('the escalation in the managers’ inbox', async () => (await inboxOf(actors.manager)).some(escalation), 15_000);
    expect((await inboxOf(task.owner)).some(escalation)).toBe(true);
  });

  it('announces a new programme to each eligible firm and its agent', async () => {
    const firm = await tasks.opened();
    const { id } = (await h.as(actors.manager).post('/api/programmes', programmePublication()).expect(201)).body as { id: string };
    const announced = (item: { key: string }) => item.key.startsWith(`programme-published:${id}:${firm.firmId}:`);
    await until('the firm to be told', async () => (await inboxOf(firm.firmUser)).some(announced), 15_000);
    expect((await inboxOf(firm.owner)).some(announced)).toBe(true);
  });

  it('delivers to a webhook that failed three times exactly once, with the reminder key as idempotency key', async () => {
    h.clock.set('2026-03-12T02:00:00.000Z'); // past every retry's time, wherever earlier tests moved the clock
    await until('the webhook to take the reminder', async () => receiver.accepted().some((request) => request.headers['idempotency-key'] === flakyKey), 20_000);
    expect(refusals.get(flakyKey)).toBe(3);
    await sleep(500);
    expect(receiver.accepted().filter((request) => request.headers['idempotency-key'] === flakyKey)).toHaveLength(1);
    const delivered = (await reminderEvents(h.app.events)).filter((event) => event.type === 'ReminderDelivered' && event.streamName === `reminder-${flakyKey}`);
    expect(delivered.map((event) => event.data['channel'])).toEqual(['webhook']);
  });

  it('sends nothing new when the reactor replays the log from the start, and a rebuild of the projections schedules nothing', async () => {
    const sentBefore = await sentKeys(h.app.events);
    const countsBefore = await scheduler().counts();
    await rebuildProjections(h.app.events, h.app.reads, projections);
    expect(await scheduler().counts()).toEqual(countsBefore);

    await reactor().stop();
    await scheduler().saveCheckpoint(REACTOR_CHECKPOINT, 0);
    reactor().start();
    await reactor().caughtUp();
    await sleep(2000);
    const sentAfter = await sentKeys(h.app.events);
    expect(sentAfter).toEqual(sentBefore);
    expect(new Set(sentAfter).size).toBe(sentAfter.length);
  });
}
