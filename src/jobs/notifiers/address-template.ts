import type { Recipient } from '../notifier';

/** A recipient's mail address, or undefined when it has none (it is then not mailed). */
export type AddressOf = (recipient: Recipient) => string | undefined;

/**
 * Addresses from a template such as `{kind}.{id}@notify.example.gov.cn`: `enterprise:e-7` becomes
 * `enterprise.e-7@notify.example.gov.cn`, `role:finance` becomes `role.finance@…`.
 */
export function addressTemplate(template: string): AddressOf {
  if (!template.includes('{id}')) throw new Error(`An address template needs {id}, or every recipient gets one address: ${template}`);
  return (recipient) => {
    const separator = recipient.indexOf(':');
    const kind = recipient.slice(0, separator);
    const id = recipient.slice(separator + 1);
    return template.replaceAll('{kind}', kind).replaceAll('{id}', id);
  };
}
