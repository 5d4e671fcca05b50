import type { TalentEvent, TalentEventType } from '../../domain/talent/events';
import { formatYuan } from '../format';
import { summarizersOf, type SummaryOf } from './summary';

const TIER_ZH = { 'full-time-phd': '全职博士', 'high-end-skilled': '高端技能人才', custom: '自定标准' } as const;
const TIER_EN = { 'full-time-phd': 'full-time PhD', 'high-end-skilled': 'high-end skilled talent', custom: 'custom terms' } as const;

/** Never the identity number: a timeline line is readable by the firm and outlives an erasure. */
const summaries: SummaryOf<TalentEvent, TalentEventType> = {
  TalentGrantAwarded: (d) => ({
    zh: `人才引进奖励：${d.person.name}（${TIER_ZH[d.tier]}），住房补贴 ${formatYuan(d.housingSubsidyFen)}，生活补贴每月 ${formatYuan(d.monthlyAllowanceFen)}，共 ${d.months} 个月`,
    en: `Talent grant to ${d.person.name} (${TIER_EN[d.tier]}): housing ${formatYuan(d.housingSubsidyFen)}, ${formatYuan(d.monthlyAllowanceFen)} a month for ${d.months} months`,
  }),
  HousingSubsidyPaid: (d) => ({ zh: `住房补贴已发放 ${formatYuan(d.amountFen)}`, en: `Housing subsidy paid: ${formatYuan(d.amountFen)}` }),
  MonthlyAllowancePaid: (d) => ({ zh: `第 ${d.month} 个月生活补贴已发放 ${formatYuan(d.amountFen)}`, en: `Allowance for month ${d.month} paid: ${formatYuan(d.amountFen)}` }),
  TalentGrantSuspended: (d) => ({ zh: `人才奖励暂停：${d.reason}`, en: `Talent grant suspended: ${d.reason}` }),
  TalentGrantResumed: () => ({ zh: '人才奖励恢复发放', en: 'Talent grant resumed' }),
  TalentGrantEnded: (d) => ({ zh: `人才奖励终止：${d.reason}`, en: `Talent grant ended: ${d.reason}` }),
};

export const talentSummaries = summarizersOf<TalentEvent, TalentEventType>(summaries);
