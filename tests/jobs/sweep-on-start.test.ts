import { taskStream } from '../../src/domain/task/task';
import { AUTH_SECRET, startHarness, type Harness } from '../support/http-harness';
import { TEST_DAY } from '../support/reminders-harness';
import { until } from '../support/until';
import { RunningClock } from '../support/running-clock';
import { A_MONTH_AGO, taskScenarios } from '../support/task-scenarios';

describe('the overdue sweep when the reminders start', () => {
  let h: Harness;
  afterAll(() => h.close());

  it('runs once at start-up, so a daily run missed while no server was up is made up', async () => {
    const clock = new RunningClock(A_MONTH_AGO);
    h = await startHarness({ AUTH_SECRET }, clock);
    const task = await taskScenarios(h, 950).accepted(); // promised by mid-February
    clock.set(TEST_DAY);
    await h.app.reminders.start();
    const escalations = async () => (await h.app.events.readStream(taskStream(task.taskId))).filter((event) => event.type === 'TaskEscalated');
    await until('the task to be escalated', async () => (await escalations()).length === 1, 15_000);
    expect((await h.app.reminders.scheduler.counts()).failed).toBe(0);
  });
});
