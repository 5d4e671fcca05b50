import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhook } from '../../../src/jobs/notifiers/webhook-signature';

const secret = 'whsec-0123456789abcdef0123456789abcdef';
const body = JSON.stringify({ key: 'task-deadline:t-1:2026-05-08:-2wd', title: { zh: '任务即将到期', en: 'Task due soon' } });
const sentAt = 1_778_000_000;

describe('webhook signatures', () => {
  it('is the Stripe-style t=<seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">', () => {
    const expected = createHmac('sha256', secret).update(`${sentAt}.${body}`).digest('hex');

    expect(signWebhook(secret, sentAt, body)).toBe(`t=${sentAt},v1=${expected}`);
  });

  it('verifies what it signed, from a string or from the raw bytes', () => {
    const header = signWebhook(secret, sentAt, body);

    expect(verifyWebhook(secret, header, body, sentAt)).toBe('valid');
    expect(verifyWebhook(secret, header, Buffer.from(body, 'utf8'), sentAt + 60)).toBe('valid');
  });

  it('refuses another secret, a changed body and a changed timestamp', () => {
    const header = signWebhook(secret, sentAt, body);
    const movedTimestamp = header.replace(`t=${sentAt}`, `t=${sentAt + 1}`);

    expect(verifyWebhook('another-secret', header, body, sentAt)).toBe('mismatch');
    expect(verifyWebhook(secret, header, body.replace('-2wd', '0d'), sentAt)).toBe('mismatch');
    expect(verifyWebhook(secret, movedTimestamp, body, sentAt)).toBe('mismatch');
  });

  it('accepts a timestamp up to the tolerance away either way, and calls anything further stale', () => {
    const header = signWebhook(secret, sentAt, body);

    expect(verifyWebhook(secret, header, body, sentAt + 300)).toBe('valid');
    expect(verifyWebhook(secret, header, body, sentAt - 300)).toBe('valid');
    expect(verifyWebhook(secret, header, body, sentAt + 301)).toBe('stale');
    expect(verifyWebhook(secret, header, body, sentAt - 301)).toBe('stale');
    expect(verifyWebhook(secret, header, body, sentAt + 30, 10)).toBe('stale');
  });

  it.each([
    ['a missing header', undefined],
    ['an empty header', ''],
    ['a header without a timestamp', `v1=${'a'.repeat(64)}`],
    ['a header without a signature', `t=${sentAt}`],
    ['a short signature', `t=${sentAt},v1=${'a'.repeat(63)}`],
    ['a signature that is not hex', `t=${sentAt},v1=${'g'.repeat(64)}`],
    ['a timestamp that is not a number', `t=soon,v1=${'a'.repeat(64)}`],
    ['a header with its parts the other way round', `v1=${'a'.repeat(64)},t=${sentAt}`],
  ])('calls %s malformed', (_, header) => {
    expect(verifyWebhook(secret, header, body, sentAt)).toBe('malformed');
  });
});
