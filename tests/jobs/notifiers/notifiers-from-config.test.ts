import { ManualClock } from '../../../src/app/clock';
import { ConfigError } from '../../../src/app/config';
import { notifiersFromConfig } from '../../../src/jobs/notifiers/notifiers-from-config';
import { reminder } from './reminder-fixture';
import { startSmtpReceiver } from './smtp-receiver';
import { startWebhookReceiver } from './webhook-receiver';

const clock = new ManualClock('2026-05-06T01:00:00.000Z');
const secret = 'whsec-0123456789abcdef0123456789abcdef';
const mail = { MAIL_FROM: 'notify@example.gov.cn', MAIL_ADDRESS_TEMPLATE: '{kind}.{id}@notify.example.gov.cn' };

describe('notifiers from configuration', () => {
  it('builds none when neither a webhook nor SMTP is configured', () => {
    expect(notifiersFromConfig({ MAIL_FROM: mail.MAIL_FROM, WEBHOOK_SECRET: secret }, clock)).toEqual([]);
  });

  it('builds a webhook notifier and an SMTP notifier that deliver where the configuration says', async () => {
    const webhook = await startWebhookReceiver(secret, () => Math.floor(Date.parse(clock.now()) / 1000));
    const smtp = await startSmtpReceiver();
    try {
      const notifiers = notifiersFromConfig({ WEBHOOK_URL: webhook.url, WEBHOOK_SECRET: secret, SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, ...mail }, clock);

      for (const notifier of notifiers) await notifier.deliver(reminder());

      expect(notifiers.map((notifier) => notifier.channel)).toEqual(['webhook', 'email']);
      expect(webhook.accepted()).toHaveLength(1);
      expect(smtp.mails.map((received) => received.envelopeTo)).toEqual([['enterprise.e-7@notify.example.gov.cn', 'agent.a-3@notify.example.gov.cn']]);
    } finally {
      await webhook.close();
      await smtp.close();
    }
  });

  it('refuses a webhook without its secret, and SMTP without a sender or an address template, naming each variable', () => {
    const build = () => notifiersFromConfig({ WEBHOOK_URL: 'https://hooks.example.cn/concierge', SMTP_URL: 'smtps://mail.example.cn' }, clock);

    expect(build).toThrow(ConfigError);
    expect(build).toThrow(
      'Invalid configuration: WEBHOOK_SECRET is required when WEBHOOK_URL is set; MAIL_FROM is required when SMTP_URL is set; MAIL_ADDRESS_TEMPLATE is required when SMTP_URL is set',
    );
  });
});
