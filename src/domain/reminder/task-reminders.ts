import type { WorkingCalendar } from '../calendar/working-calendar';
import { workingDaysBefore } from '../calendar/working-days';
import { DomainError } from '../domain-error';
import type { TaskState } from '../task/state';
import { deadlineWarning, overdueNotice } from './deadline-reminder';
import type { Reminder, ReminderKind, ReminderSubject } from './reminder';

/**
 * A task's reminders as its state stands: its promised deadline two working days before and on
 * the day while its clock runs, the escalation while it stays open past it, and a signed
 * commitment's deadline for the missing materials until they arrive or the commitment is breached,
 * even after the task itself is done: the permit was issued on the promise.
 */
export function taskReminders(taskId: string, task: TaskState, calendar: WorkingCalendar): Reminder[] {
  if (task.status === 'none') return [];
  const subject: ReminderSubject = { enterpriseId: task.enterpriseId!, taskId };
  const reminders: Reminder[] = [];
  if (task.status === 'in-progress' && task.dueOn !== null) {
    reminders.push(...warningsBefore('task-deadline', taskId, task.dueOn, subject, calendar));
  }
  const open = task.status !== 'completed' && task.status !== 'cancelled';
  if (open && task.escalatedForDueOn !== null && task.escalatedForDueOn === task.dueOn) {
    reminders.push(overdueNotice('task-escalated', taskId, task.dueOn, subject, ['managers', 'task-owner']));
  }
  if (task.commitment === 'signed' && task.materialsDueOn !== null) {
    reminders.push(...warningsBefore('commitment-deadline', taskId, task.materialsDueOn, subject, calendar, ['firm', 'task-owner']));
  }
  return reminders;
}

function warningsBefore(
  kind: ReminderKind,
  taskId: string,
  deadline: string,
  subject: ReminderSubject,
  calendar: WorkingCalendar,
  audience: Reminder['audience'] = ['task-owner'],
): Reminder[] {
  const onTheDay = deadlineWarning({ kind, itemId: taskId, deadline, offset: '0d', sendOn: deadline, subject, audience });
  const before = twoWorkingDaysBefore(calendar, deadline);
  if (before === undefined) return [onTheDay];
  return [deadlineWarning({ kind, itemId: taskId, deadline, offset: '-2wd', sendOn: before, subject, audience }), onTheDay];
}

/** Undefined where the calendar does not reach back that far: the warning on the day still goes. */
function twoWorkingDaysBefore(calendar: WorkingCalendar, deadline: string): string | undefined {
  try {
    return workingDaysBefore(calendar, deadline, 2);
  } catch (error) {
    if (error instanceof DomainError) return undefined;
    throw error;
  }
}
