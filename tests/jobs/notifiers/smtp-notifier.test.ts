import { createTransport } from 'nodemailer';
import { addressTemplate, type AddressOf } from '../../../src/jobs/notifiers/address-template';
import { SmtpNotifier } from '../../../src/jobs/notifiers/smtp-notifier';
import { readMail } from './raw-mail';
import { reminder } from './reminder-fixture';
import { startSmtpReceiver } from './smtp-receiver';

const from = 'Concierge 提醒 <notify@example.gov.cn>';
const templated = addressTemplate('{kind}.{id}@notify.example.gov.cn');

let receiver: Awaited<ReturnType<typeof startSmtpReceiver>> | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

async function mailing(addressOf: AddressOf = templated) {
  receiver = await startSmtpReceiver();
  const transport = createTransport({ host: '127.0.0.1', port: receiver.port, secure: false, ignoreTLS: true });
  return { notifier: new SmtpNotifier(transport, { from, addressOf }), mails: receiver.mails };
}

describe('the SMTP notifier', () => {
  it('mails a reminder once to its recipients’ templated addresses, in Chinese then English', async () => {
    const { notifier, mails } = await mailing();

    await notifier.deliver(reminder());

    expect(mails).toHaveLength(1);
    const [mail] = mails;
    const { headers, text } = readMail(mail?.raw ?? '');
    expect(mail?.envelopeTo).toEqual(['enterprise.e-7@notify.example.gov.cn', 'agent.a-3@notify.example.gov.cn']);
    expect(headers.get('from')).toBe(from);
    expect(headers.get('subject')).toBe('办理事项即将到期 / A task falls due soon');
    expect(text).toBe(`${reminder().body.zh}\n\n${reminder().body.en}\n`);
    expect(headers.get('idempotency-key')).toBe(reminder().key);
    expect(new Date(headers.get('date') ?? '').toISOString()).toBe(reminder().sentAt);
  });

  it('names no recipient in the headers, so firms sent the same reminder do not see each other', async () => {
    const { notifier, mails } = await mailing();

    await notifier.deliver(reminder());

    const { headers } = readMail(mails[0]?.raw ?? '');
    expect(headers.has('to')).toBe(false);
    expect(headers.has('cc')).toBe(false);
    expect(mails[0]?.raw).not.toContain('notify.example.gov.cn');
  });

  it('gives the same reminder the same Message-ID every time it is sent, and another reminder another', async () => {
    const { notifier, mails } = await mailing();

    await notifier.deliver(reminder());
    await notifier.deliver(reminder());
    await notifier.deliver(reminder({ key: 'task-deadline:t-42:2026-05-08:0d' }));

    const [first, again, other] = mails.map((mail) => readMail(mail.raw).headers.get('message-id'));
    expect(first).toMatch(/^<reminder\.[0-9a-f]{32}@example\.gov\.cn>$/);
    expect(again).toBe(first);
    expect(other).not.toBe(first);
  });

  it('skips recipients without an address and mails an address once however many recipients share it', async () => {
    const addressOf: AddressOf = (recipient) => (recipient.startsWith('agent:') ? undefined : 'office@firms.example.cn');
    const { notifier, mails } = await mailing(addressOf);

    await notifier.deliver(reminder({ recipients: ['enterprise:e-7', 'agent:a-3', 'enterprise:e-8'] }));

    expect(mails.map((mail) => mail.envelopeTo)).toEqual([['office@firms.example.cn']]);
  });

  it('sends nothing, and does not throw, when no recipient has an address', async () => {
    const { notifier, mails } = await mailing(() => undefined);

    await notifier.deliver(reminder());

    expect(mails).toHaveLength(0);
  });

  it('throws when the SMTP server cannot be reached', async () => {
    const { port, close } = await startSmtpReceiver();
    await close();
    const transport = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, connectionTimeout: 2000 });

    await expect(new SmtpNotifier(transport, { from, addressOf: templated }).deliver(reminder())).rejects.toThrow('ECONNREFUSED');
  });

  it('refuses a sender without an address to give its Message-IDs a domain', () => {
    expect(() => new SmtpNotifier(createTransport({ jsonTransport: true }), { from: 'Concierge', addressOf: templated })).toThrow('needs an address');
  });
});

describe('addressTemplate', () => {
  it('puts each recipient’s kind and id into the template', () => {
    expect(templated('enterprise:e-7')).toBe('enterprise.e-7@notify.example.gov.cn');
    expect(templated('agent:a-3')).toBe('agent.a-3@notify.example.gov.cn');
    expect(templated('role:finance')).toBe('role.finance@notify.example.gov.cn');
    expect(addressTemplate('{id}+{kind}@x.cn')('enterprise:ab:c')).toBe('ab:c+enterprise@x.cn');
  });

  it('refuses a template without {id}, which would mail every recipient at one address', () => {
    expect(() => addressTemplate('{kind}@notify.example.gov.cn')).toThrow('{id}');
  });
});
