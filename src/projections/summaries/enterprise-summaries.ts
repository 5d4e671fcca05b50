import type { EnterpriseEvent, EnterpriseEventType } from '../../domain/enterprise/events';
import { formatYuan } from '../format';
import type { Summarizer, Summary } from './summary';

type DataOf<T extends EnterpriseEventType> = Extract<EnterpriseEvent, { type: T }>['data'];

const channelZh = { online: '线上', window: '窗口' } as const;
const channelEn = { online: 'online', window: 'at the window' } as const;
const hours = (minutes: number): string => (minutes / 60).toFixed(1);

const summaries: { [T in EnterpriseEventType]: (data: DataOf<T>) => Summary } = {
  EnterpriseRegistered: (d) => ({
    zh: `企业开办登记：${d.name}（${channelZh[d.channel]}办理，统一社会信用代码 ${d.creditCode}）`,
    en: `Registered ${d.name} (${channelEn[d.channel]}, credit code ${d.creditCode})`,
  }),
  LicenceIssued: (d) => ({
    zh: `营业执照已发放，登记后用时 ${hours(d.leadTimeMinutes)} 小时`,
    en: `Business licence issued ${hours(d.leadTimeMinutes)} h after registration`,
  }),
  StarterKitIssued: (d) => ({
    zh: `发放“1+1+3”开办套餐（执照 1 份、政策包 1 份、印章 3 枚），费用 ${formatYuan(d.costFen)} 由区里承担`,
    en: `"1+1+3" starter kit issued (licence, policy pack, 3 seals); ${formatYuan(d.costFen)} paid by the district`,
  }),
  ConciergeAssigned: (d) =>
    d.previousAgentId
      ? { zh: `代办员由 ${d.previousAgentId} 改为 ${d.agentId}`, en: `Concierge changed from ${d.previousAgentId} to ${d.agentId}` }
      : { zh: `指派代办员 ${d.agentId}`, en: `Concierge ${d.agentId} assigned` },
  EnterpriseBlacklisted: (d) => ({ zh: `列入失信名单：${d.reason}`, en: `Blacklisted: ${d.reason}` }),
  BlacklistLifted: (d) => ({ zh: `移出失信名单：${d.reason}`, en: `Removed from the blacklist: ${d.reason}` }),
  EnterpriseDeregistered: (d) => ({ zh: `企业注销：${d.reason}`, en: `Deregistered: ${d.reason}` }),
  CreditMarked: (d) => ({ zh: `未按承诺补齐材料（事项 ${d.taskId}），记入信用记录`, en: `Credit marked: the commitment on task ${d.taskId} was breached` }),
  CreditRepaired: (d) => ({ zh: `信用修复：${d.reason}`, en: `Credit repaired: ${d.reason}` }),
};

export const enterpriseSummaries = Object.fromEntries(
  Object.entries(summaries).map(([type, summarize]) => [type, (event) => (summarize as (data: unknown) => Summary)(event.data)]),
) as Record<EnterpriseEventType, Summarizer>;
