/** Who a reminder is for: a firm's users, one agent, or everyone holding a role. */
export type Recipient = `enterprise:${string}` | `agent:${string}` | `role:${'manager' | 'finance' | 'admin'}`;

export interface LocalizedText {
  zh: string;
  en: string;
}

/** A reminder as it was recorded in ReminderSent, ready to be delivered. */
export interface ReminderMessage {
  /** Deterministic: what, which item, which deadline, which offset. Deliveries carry it as their idempotency key. */
  key: string;
  kind: string;
  recipients: Recipient[];
  title: LocalizedText;
  body: LocalizedText;
  /** The Asia/Shanghai date the reminder is about. */
  deadline: string;
  sentAt: string;
  subject: Record<string, string>;
}

export type Channel = 'webhook' | 'email';

/**
 * Delivers a recorded reminder outside Concierge. The in-app inbox needs no notifier: it is the
 * ReminderSent event itself, projected. Throwing means "not delivered, try again"; a delivery
 * that succeeded is recorded and never repeated.
 */
export interface Notifier {
  readonly channel: Channel;
  deliver(message: ReminderMessage): Promise<void>;
}
