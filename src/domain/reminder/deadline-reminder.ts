import { nextDate } from '../calendar/dates';
import { reminderKey, sendingTimeOn, type Audience, type Reminder, type ReminderKind, type ReminderOffset, type ReminderSubject } from './reminder';

export interface DeadlineWarning {
  kind: ReminderKind;
  itemId: string;
  deadline: string;
  offset: ReminderOffset;
  /** The date the warning goes out, at the day's sending time. */
  sendOn: string;
  subject: ReminderSubject;
  audience: Audience[];
  /** Set for a reminder sent to each eligible firm of one programme. */
  firmId?: string;
}

/** A warning before (or on) a deadline: sent on its day, and stale once the deadline has passed. */
export const deadlineWarning = ({ kind, itemId, deadline, offset, sendOn, subject, audience, firmId }: DeadlineWarning): Reminder => ({
  key: reminderKey(kind, itemId, deadline, offset, firmId),
  kind,
  deadline,
  offset,
  sendAt: sendingTimeOn(sendOn),
  staleFrom: nextDate(deadline),
  subject,
  audience,
});

/** A notice that something is overdue: sent as soon as it is known, and worth sending while it lasts. */
export const overdueNotice = (kind: ReminderKind, itemId: string, deadline: string, subject: ReminderSubject, audience: Audience[]): Reminder => ({
  key: reminderKey(kind, itemId, deadline, 'overdue'),
  kind,
  deadline,
  offset: 'overdue',
  sendAt: null,
  staleFrom: null,
  subject,
  audience,
});
