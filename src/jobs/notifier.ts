import type { DeliveryChannel, ReminderSent } from '../domain/reminder/events';

export type { LocalizedText, Recipient } from '../domain/reminder/events';

/** A reminder as it was recorded in ReminderSent, ready to be delivered; `key` is every delivery's idempotency key. */
export type ReminderMessage = ReminderSent['data'];

export type Channel = DeliveryChannel;

/**
 * Delivers a recorded reminder outside Concierge. The in-app inbox needs no notifier: it is the
 * ReminderSent event itself, projected. Throwing means "not delivered, try again"; a delivery
 * that succeeded is recorded and never repeated.
 */
export interface Notifier {
  readonly channel: Channel;
  deliver(message: ReminderMessage): Promise<void>;
}
