import { ManualClock } from '../../../src/app/clock';
import { WebhookNotifier } from '../../../src/jobs/notifiers/webhook-notifier';
import { reminder } from './reminder-fixture';
import { startWebhookReceiver, type Answer } from './webhook-receiver';

const secret = 'whsec-0123456789abcdef0123456789abcdef';
const clock = new ManualClock('2026-05-06T01:00:00.000Z');
const receiverNow = () => Math.floor(Date.parse(clock.now()) / 1000);

let receiver: Awaited<ReturnType<typeof startWebhookReceiver>> | undefined;
const receiving = async (answer?: Answer) => (receiver = await startWebhookReceiver(secret, receiverNow, answer));
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

/** What the worker does with a job: deliver, and on a throw try again until it is delivered. */
async function deliverUntilDone(notifier: WebhookNotifier, attempts: number): Promise<number> {
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      await notifier.deliver(reminder());
      return attempt;
    } catch {
      // retried, as the queue would
    }
  }
  throw new Error(`not delivered in ${attempts} attempts`);
}

describe('the webhook notifier', () => {
  it('POSTs the reminder as JSON, signed so the receiver verifies it, keyed by the reminder key', async () => {
    const { url, accepted } = await receiving();

    await new WebhookNotifier({ url, secret }, clock).deliver(reminder());

    const [request] = accepted();
    expect(accepted()).toHaveLength(1);
    expect(JSON.parse(request?.body ?? '')).toEqual(reminder());
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['idempotency-key']).toBe(reminder().key);
    expect(request?.headers['concierge-timestamp']).toBe(String(receiverNow()));
    expect(request?.headers['concierge-signature']).toMatch(new RegExp(`^t=${receiverNow()},v1=[0-9a-f]{64}$`));
  });

  it('is refused by the receiver when the body is changed under its signature', async () => {
    const { url, received } = await receiving();
    await new WebhookNotifier({ url, secret }, clock).deliver(reminder());
    const signed = received[0];

    const tampered = await fetch(url, {
      method: 'POST',
      headers: { 'Concierge-Signature': String(signed?.headers['concierge-signature']) },
      body: signed?.body.replace('t-42', 't-43'),
    });

    expect(tampered.status).toBe(400);
    expect(await tampered.text()).toBe('mismatch');
  });

  it('is refused when its clock is further from the receiver than the tolerance, and throws', async () => {
    const { url, accepted, received } = await receiving();
    const slowClock = new ManualClock('2026-05-06T00:54:59.000Z');

    await expect(new WebhookNotifier({ url, secret }, slowClock).deliver(reminder())).rejects.toThrow('answered 400');

    expect(received.map((request) => request.status)).toEqual([400]);
    expect(accepted()).toHaveLength(0);
  });

  it('throws on each 500 and, retried like a job, is accepted exactly once', async () => {
    let failuresLeft = 3;
    const { url, received, accepted } = await receiving(() => (failuresLeft-- > 0 ? 500 : 200));
    const notifier = new WebhookNotifier({ url, secret }, clock);

    expect(await deliverUntilDone(notifier, 10)).toBe(4);

    expect(received.map((request) => request.status)).toEqual([500, 500, 500, 200]);
    expect(accepted()).toHaveLength(1);
    expect(new Set(received.map((request) => request.headers['idempotency-key']))).toEqual(new Set([reminder().key]));
  });

  it('throws when the receiver does not answer within the timeout', async () => {
    const { url } = await receiving(() => 'never');
    const started = Date.now();

    await expect(new WebhookNotifier({ url, secret, timeoutMs: 200 }, clock).deliver(reminder())).rejects.toThrow('did not answer');

    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('throws when nothing listens at the URL, naming the origin but not the path', async () => {
    const { url, close } = await receiving();
    await close();
    receiver = undefined;

    const delivery = new WebhookNotifier({ url: `${url}?token=s3cret`, secret }, clock).deliver(reminder());

    await expect(delivery).rejects.toThrow(/^Webhook http:\/\/127\.0\.0\.1:\d+ did not answer for reminder task-deadline:t-42:2026-05-08:-2wd$/);
  });

  it('does not follow a redirect with the signed body, and throws', async () => {
    const { url, received } = await receiving(() => 307);

    await expect(new WebhookNotifier({ url, secret }, clock).deliver(reminder())).rejects.toThrow('answered 307');

    expect(received).toHaveLength(1);
  });
});
