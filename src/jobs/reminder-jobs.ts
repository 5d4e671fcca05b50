import { isFresh, type Reminder } from '../domain/reminder/reminder';
import { shanghaiDate } from '../domain/programme/calendar-date';
import type { NewJob } from './scheduler';

/** Sends one reminder to its recipients. */
export const SEND_REMINDER = 'send-reminder';
/** Sends a programme's reminder to each eligible firm. */
export const ANNOUNCE_PROGRAMME = 'announce-programme';
export const OVERDUE_SWEEP = 'overdue-sweep';

export interface SendReminderData {
  /** The stream whose state the reminder follows from. */
  cause: string;
  key: string;
  /** Set for one firm's copy of a programme's reminder. */
  enterpriseId?: string;
}

/** The jobs for a cause's reminders still worth sending on `now`'s date, each under its key. */
export function reminderJobs(cause: string, reminders: readonly Reminder[], now: string): NewJob[] {
  const today = shanghaiDate(now);
  return reminders
    .filter((reminder) => isFresh(reminder, today))
    .map((reminder) => ({
      id: reminder.key,
      name: reminder.subject.enterpriseId === undefined ? ANNOUNCE_PROGRAMME : SEND_REMINDER,
      data: { cause, key: reminder.key } satisfies SendReminderData,
      runAt: reminder.sendAt ?? now,
    }));
}
