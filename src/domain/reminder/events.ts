import type { DomainEvent } from '../decider';
import type { Reminder } from './reminder';

/** Who a reminder went to: a firm's users, one agent, or everyone holding a role. */
export type Recipient = `enterprise:${string}` | `agent:${string}` | `role:${'manager' | 'finance'}`;

export interface LocalizedText {
  zh: string;
  en: string;
}

export type DeliveryChannel = 'webhook' | 'email';

/** Recorded once per key: the in-app inbox is this event, projected. */
export type ReminderSent = DomainEvent<
  'ReminderSent',
  Pick<Reminder, 'key' | 'kind' | 'deadline' | 'offset' | 'subject'> & { recipients: Recipient[]; title: LocalizedText; body: LocalizedText; sentAt: string }
>;
/** Delivered outside Concierge on one channel: never delivered there again. */
export type ReminderDelivered = DomainEvent<'ReminderDelivered', { channel: DeliveryChannel; deliveredAt: string }>;

export type ReminderEvent = ReminderSent | ReminderDelivered;

export const REMINDER_EVENT_TYPES: readonly ReminderEvent['type'][] = ['ReminderSent', 'ReminderDelivered'];
