/** What a reminder is about; with the item, the deadline and the offset it makes the reminder's key. */
export const REMINDER_KINDS = [
  'task-deadline',
  'task-escalated',
  'commitment-deadline',
  'deferral-due',
  'instalment-due',
  'instalment-overdue',
  'allowance-due',
  'programme-published',
  'programme-closing',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * Who is told, resolved to people when the reminder is sent, so that a firm reassigned since
 * the deadline was set reminds its agent of the day: the firm, the firm's concierge, the agent
 * who owns a task (first contact), finance, the managers.
 */
export type Audience = 'firm' | 'firm-agent' | 'task-owner' | 'finance' | 'managers';

/** `-2wd`: two working days before; `-7d`: seven calendar days before; `0d`: on the day; `overdue`: once it has passed. */
export type ReminderOffset = '-2wd' | '-7d' | '-1d' | '0d' | 'overdue';

/** The records a reminder is about, by id. */
export interface ReminderSubject {
  /** Absent only on a programme's reminder before it is sent to each eligible firm. */
  enterpriseId?: string;
  taskId?: string;
  loanId?: string;
  talentId?: string;
  programmeId?: string;
  subsidyId?: string;
  /** The instalment or allowance month. */
  number?: number;
}

export interface Reminder {
  key: string;
  kind: ReminderKind;
  /** The Asia/Shanghai date the reminder is about. */
  deadline: string;
  offset: ReminderOffset;
  /** When to send it: an instant, or null for as soon as it is known. */
  sendAt: string | null;
  /** The first Asia/Shanghai date on which it is no longer worth sending: a warning after its deadline is noise. */
  staleFrom: string | null;
  subject: ReminderSubject;
  audience: Audience[];
}

/** Reminders go out at 09:00 in Shanghai, the start of the service centre's day. */
export const sendingTimeOn = (date: string): string => `${date}T01:00:00.000Z`;

export function reminderKey(kind: ReminderKind, itemId: string, deadline: string, offset: ReminderOffset, firmId?: string): string {
  return [kind, itemId, ...(firmId === undefined ? [] : [firmId]), deadline, offset].join(':');
}

export const REMINDER_STREAM_PREFIX = 'reminder-';
export const reminderStream = (key: string): string => `${REMINDER_STREAM_PREFIX}${key}`;

/** Whether it is still worth sending on the Asia/Shanghai date `today`. */
export const isFresh = (reminder: Pick<Reminder, 'staleFrom'>, today: string): boolean => reminder.staleFrom === null || today < reminder.staleFrom;
