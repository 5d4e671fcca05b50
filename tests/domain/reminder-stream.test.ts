import type { ReminderSent } from '../../src/domain/reminder/events';
import { reminderDecider, type ReminderCommand } from '../../src/domain/reminder/reminder-stream';
import { deciderSpec, testContext } from '../support/decider-spec';

const spec = deciderSpec(reminderDecider);
const now = testContext().now;
const reminder: Omit<ReminderSent['data'], 'sentAt'> = {
  key: 'task-deadline:t-1:2026-03-16:0d',
  kind: 'task-deadline',
  deadline: '2026-03-16',
  offset: '0d',
  subject: { enterpriseId: 'e-1', taskId: 't-1' },
  recipients: ['agent:a-1'],
  title: { zh: '办件今日到期', en: 'Task due today' },
  body: { zh: '…', en: '…' },
};
const send: ReminderCommand = { type: 'SendReminder', reminder };
const sent: ReminderSent = { type: 'ReminderSent', data: { ...reminder, sentAt: now } };
const webhook: ReminderCommand = { type: 'RecordDelivery', channel: 'webhook' };

describe('a reminder stream', () => {
  it('records the reminder once, however often it is sent', () => {
    spec.given([]).when(send).then([sent]);
    spec.given([sent]).when(send).then([]);
  });

  it("records each channel's delivery once, and none before the reminder is sent", () => {
    spec.given([sent]).when(webhook).then([{ type: 'ReminderDelivered', data: { channel: 'webhook', deliveredAt: now } }]);
    spec.given([sent, { type: 'ReminderDelivered', data: { channel: 'webhook', deliveredAt: now } }]).when(webhook).then([]);
    spec.given([sent, { type: 'ReminderDelivered', data: { channel: 'webhook', deliveredAt: now } }]).when({ type: 'RecordDelivery', channel: 'email' }).then([{ type: 'ReminderDelivered', data: { channel: 'email', deliveredAt: now } }]);
    spec.given([]).when(webhook).thenRefuses('reminder-not-sent');
  });
});
