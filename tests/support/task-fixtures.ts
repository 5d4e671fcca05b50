import { DEFAULT_YEAR_CALENDARS } from '../../src/domain/calendar/default-years';
import { workingCalendar } from '../../src/domain/calendar/working-calendar';
import type { CatalogueService } from '../../src/domain/catalogue/catalogue-service';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue/default-catalogue';
import type { Actor, CommandContext } from '../../src/domain/decider';
import type { TaskEvent } from '../../src/domain/task/events';
import { testContext } from './decider-spec';

export const calendar = workingCalendar(DEFAULT_YEAR_CALENDARS);

export const service = (id: string): CatalogueService => DEFAULT_CATALOGUE.find((entry) => entry.id === id)!;
/** Promised in 10 working days, open to commitment handling. */
export const hygienePermit = service('public-place-hygiene-permit');

export const agent: Actor = { id: 'a-1', role: 'agent' };
export const firmUser: Actor = { id: 'u-1', role: 'enterprise', enterpriseId: 'e-1' };
export const manager: Actor = { id: 'm-1', role: 'manager' };

/** 10:00 in Shanghai on a calendar date. */
export const on = (date: string): string => `${date}T02:00:00.000Z`;
export const when = (date: string, actor: Actor = agent): CommandContext => testContext({ now: on(date), actor });

export const opened = (overrides: Partial<Extract<TaskEvent, { type: 'TaskOpened' }>['data']> = {}): TaskEvent => ({
  type: 'TaskOpened',
  data: { taskId: 't-1', enterpriseId: 'e-1', service: hygienePermit, agentId: 'a-1', keyProject: null, openedAt: on('2026-03-02'), ...overrides },
});
/** Accepted Monday 2 March 2026: 10 working days later is Monday 16 March. */
export const accepted: TaskEvent = { type: 'TaskAccepted', data: { acceptedAt: on('2026-03-02'), dueOn: '2026-03-16' } };
export const completed: TaskEvent = {
  type: 'TaskCompleted',
  data: { outcome: '已发证', costSavedFen: 50_000, workingDaysTaken: 8, onTime: true, completedAt: on('2026-03-12') },
};
export const cancelled: TaskEvent = { type: 'TaskCancelled', data: { reason: '企业撤回申请', cancelledAt: on('2026-03-03') } };
