import { createHash } from 'node:crypto';
import type { Transporter } from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import type { Notifier, ReminderMessage } from '../notifier';
import type { AddressOf } from './address-template';

export interface MailSettings {
  /** `notify@example.gov.cn` or `Concierge <notify@example.gov.cn>`. */
  from: string;
  addressOf: AddressOf;
}

/**
 * Mails each reminder once to every recipient that has an address, in Chinese then English.
 * Recipients are Bcc'd: a policy push goes to many firms that must not see each other's addresses.
 */
export class SmtpNotifier implements Notifier {
  readonly channel = 'email';
  private readonly senderDomain: string;

  constructor(
    private readonly transport: Pick<Transporter, 'sendMail'>,
    private readonly settings: MailSettings,
  ) {
    const [sender] = addressparser(settings.from, { flatten: true });
    const domain = sender?.address.split('@')[1];
    if (!domain) throw new Error(`The sender of reminder mail needs an address with a domain: ${settings.from}`);
    this.senderDomain = domain;
  }

  async deliver(message: ReminderMessage): Promise<void> {
    const addresses = new Set(message.recipients.map((recipient) => this.settings.addressOf(recipient)).filter((address) => address !== undefined));
    if (addresses.size === 0) return;
    await this.transport.sendMail({
      from: this.settings.from,
      bcc: [...addresses],
      subject: `${message.title.zh} / ${message.title.en}`,
      text: `${message.body.zh}\n\n${message.body.en}\n`,
      // A reminder sent again is the same mail (Message-ID and Date), so a mailbox can tell it is one message.
      messageId: reminderMessageId(message.key, this.senderDomain),
      date: new Date(message.sentAt),
      headers: { 'Idempotency-Key': message.key },
    });
  }
}

const reminderMessageId = (key: string, domain: string): string =>
  `<reminder.${createHash('sha256').update(key).digest('hex').slice(0, 32)}@${domain}>`;
