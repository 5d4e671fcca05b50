import type { Registration } from '../../src/app/enterprise-registration';
import { creditCode } from './credit-codes';

/** A valid registration of a firm, different for every serial. */
export function registration(serial: number, overrides: Partial<Registration> = {}): Registration {
  return {
    name: `常德测试${serial}号科技有限公司`,
    creditCode: creditCode(serial),
    legalRepresentative: '李明',
    industry: 'I65',
    township: '穿紫河街道',
    park: '武陵移动互联网产业园',
    registeredCapitalFen: 100_000_000,
    channel: 'online',
    ...overrides,
  };
}
