import fc from 'fast-check';
import { addWorkingDays, workingDaysBetween } from '../../src/domain/calendar/working-days';
import type { TaskCommand } from '../../src/domain/task/commands';
import type { TaskEvent, TaskMaterialsReceived } from '../../src/domain/task/events';
import { taskDecider } from '../../src/domain/task/task';
import { calendar, hygienePermit, on, opened, when } from '../support/task-fixtures';

const DAY_MS = 86_400_000;
const dateAfter = (date: string, days: number): string => new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);
const run = (events: TaskEvent[], command: TaskCommand, date: string): TaskEvent[] =>
  taskDecider.decide(command, events.reduce(taskDecider.evolve, taskDecider.initialState), when(date));

describe("a task's clock, for any acceptance, request and receipt", () => {
  it('never brings the due date forward, and moves it by exactly the paused working days when the pause began in time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 30 }), (acceptDay, waitDays, pauseDays) => {
        const acceptedOn = dateAfter('2023-01-01', acceptDay);
        const requestedOn = dateAfter(acceptedOn, waitDays);
        const receivedOn = dateAfter(requestedOn, pauseDays);
        const history: TaskEvent[] = [opened()];
        history.push(...run(history, { type: 'AcceptTask', calendar }, acceptedOn));
        history.push({ type: 'TaskMaterialsRequested', data: { missingItems: ['健康证明'], requestedAt: on(requestedOn) } });
        const [received] = run(history, { type: 'ReceiveMaterials', calendar }, receivedOn) as [TaskMaterialsReceived];
        const dueAtAcceptance = addWorkingDays(calendar, acceptedOn, hygienePermit.promisedWorkingDays);
        const { dueOn, pausedWorkingDays } = received.data;
        expect(dueOn >= dueAtAcceptance).toBe(true);
        expect(pausedWorkingDays).toBe(workingDaysBetween(calendar, requestedOn, receivedOn));
        if (requestedOn < dueAtAcceptance) expect(dueOn).toBe(addWorkingDays(calendar, dueAtAcceptance, pausedWorkingDays));
        else expect(dueOn).toBe(dueAtAcceptance);
      }),
    );
  });
});
