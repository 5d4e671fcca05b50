import { createTransport } from 'nodemailer';
import type { Clock } from '../../app/clock';
import { ConfigError } from '../../app/config';
import type { Notifier } from '../notifier';
import { addressTemplate } from './address-template';
import { SmtpNotifier } from './smtp-notifier';
import { WebhookNotifier } from './webhook-notifier';

/** The configuration variables the notifiers read; each is already checked for its own format. */
export interface NotifierConfig {
  WEBHOOK_URL?: string | undefined;
  WEBHOOK_SECRET?: string | undefined;
  SMTP_URL?: string | undefined;
  MAIL_FROM?: string | undefined;
  MAIL_ADDRESS_TEMPLATE?: string | undefined;
}

const requiredWith = (config: NotifierConfig, variable: keyof NotifierConfig, required: (keyof NotifierConfig)[]): string[] =>
  config[variable] ? required.filter((name) => !config[name]).map((name) => `${name} is required when ${variable} is set`) : [];

/** The webhook notifier when WEBHOOK_URL is set, the SMTP notifier when SMTP_URL is set: none, one or both. */
export function notifiersFromConfig(config: NotifierConfig, clock: Clock): Notifier[] {
  const problems = [...requiredWith(config, 'WEBHOOK_URL', ['WEBHOOK_SECRET']), ...requiredWith(config, 'SMTP_URL', ['MAIL_FROM', 'MAIL_ADDRESS_TEMPLATE'])];
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  const { WEBHOOK_URL, WEBHOOK_SECRET, SMTP_URL, MAIL_FROM, MAIL_ADDRESS_TEMPLATE } = config;
  const notifiers: Notifier[] = [];
  if (WEBHOOK_URL && WEBHOOK_SECRET) notifiers.push(new WebhookNotifier({ url: WEBHOOK_URL, secret: WEBHOOK_SECRET }, clock));
  if (SMTP_URL && MAIL_FROM && MAIL_ADDRESS_TEMPLATE) {
    notifiers.push(new SmtpNotifier(createTransport(SMTP_URL), { from: MAIL_FROM, addressOf: addressTemplate(MAIL_ADDRESS_TEMPLATE) }));
  }
  return notifiers;
}
