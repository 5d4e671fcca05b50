import type { Clock } from '../../app/clock';
import type { Notifier, ReminderMessage } from '../notifier';
import { signWebhook } from './webhook-signature';

export interface WebhookTarget {
  url: string;
  secret: string;
  /** How long one POST may take, answer included, before it counts as failed. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** POSTs each reminder as signed JSON; anything but a 2xx answer throws, so the job is retried. */
export class WebhookNotifier implements Notifier {
  readonly channel = 'webhook';
  /** Errors name the origin only: a webhook's path or query often carries a token. */
  private readonly origin: string;

  constructor(
    private readonly target: WebhookTarget,
    private readonly clock: Clock,
  ) {
    this.origin = new URL(target.url).origin;
  }

  async deliver(message: ReminderMessage): Promise<void> {
    const body = JSON.stringify(message);
    const timestamp = Math.floor(Date.parse(this.clock.now()) / 1000);
    let response: Response;
    try {
      response = await fetch(this.target.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': message.key,
          'Concierge-Timestamp': String(timestamp),
          'Concierge-Signature': signWebhook(this.target.secret, timestamp, body),
        },
        body,
        // A redirect would re-send the signed body somewhere nobody configured.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.target.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
    } catch (error) {
      throw new Error(`Webhook ${this.origin} did not answer for reminder ${message.key}`, { cause: error });
    }
    await response.body?.cancel();
    if (!response.ok) throw new Error(`Webhook ${this.origin} answered ${response.status} for reminder ${message.key}`);
  }
}
