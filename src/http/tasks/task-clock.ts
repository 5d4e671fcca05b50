import type { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { workingDaysBetween } from '../../domain/calendar/working-days';
import { DomainError } from '../../domain/domain-error';
import type { Document } from '../../readstore/read-store';

export interface TaskClock {
  overdue: boolean;
  paused: boolean;
  workingDaysLeft: number | null;
}

/** A task's clock on `today`: worked out when asked, since being overdue is a matter of the day. */
export function taskClock(task: Document, today: string, calendar: WorkingCalendar): TaskClock {
  const dueOn = task['dueOn'] as string | null;
  const paused = task['status'] === 'awaiting-materials';
  const open = task['status'] === 'in-progress' || paused;
  if (!open || dueOn === null) return { overdue: false, paused, workingDaysLeft: null };
  const deadlineLive = task['deadlineLive'] === true;
  // Stopped before the due date, the clock keeps the days it had left until it runs again.
  const countFrom = deadlineLive ? today : String(task['pausedSince']);
  return { overdue: deadlineLive && today > dueOn, paused, workingDaysLeft: workingDaysLeft(calendar, countFrom, dueOn) };
}

function workingDaysLeft(calendar: WorkingCalendar, from: string, dueOn: string): number | null {
  try {
    return workingDaysBetween(calendar, from, dueOn);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'calendar-year-missing') return null;
    throw error;
  }
}
