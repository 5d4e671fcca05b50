import type { SubsidyEvent, SubsidyEventType } from '../../domain/subsidy/events';
import { formatYuan } from '../format';
import type { Summarizer, Summary } from './summary';

type DataOf<T extends SubsidyEventType> = Extract<SubsidyEvent, { type: T }>['data'];

const summaries: { [T in SubsidyEventType]: (data: DataOf<T>) => Summary } = {
  SubsidyApplied: (d) => ({ zh: `申请政策扶持资金 ${formatYuan(d.requestedFen)}`, en: `Applied for a subsidy of ${formatYuan(d.requestedFen)}` }),
  MaterialsRequested: (d) => ({ zh: `一次性告知需补正材料：${d.missingItems.join('、')}`, en: `Missing materials requested at once: ${d.missingItems.join(', ')}` }),
  MaterialsSupplied: (d) => ({ zh: `已补正材料：${d.items.join('、')}`, en: `Materials supplied: ${d.items.join(', ')}` }),
  SubsidyApproved: (d) => ({ zh: `扶持资金申请获批，核定金额 ${formatYuan(d.approvedFen)}`, en: `Subsidy approved: ${formatYuan(d.approvedFen)}` }),
  SubsidyRejected: (d) => ({ zh: `扶持资金申请未获批准：${d.reason}`, en: `Subsidy application rejected: ${d.reason}` }),
  SubsidyDisbursed: (d) => ({
    zh: `扶持资金拨付 ${formatYuan(d.amountFen)}（支付流水号 ${d.paymentReference}）`,
    en: `Subsidy paid: ${formatYuan(d.amountFen)} (payment reference ${d.paymentReference})`,
  }),
  SubsidyClawedBack: (d) => ({ zh: `追回扶持资金 ${formatYuan(d.amountFen)}：${d.reason}`, en: `Subsidy clawed back: ${formatYuan(d.amountFen)}: ${d.reason}` }),
  SubsidyClosed: () => ({ zh: '扶持资金申请办结', en: 'Subsidy application closed' }),
};

export const subsidySummaries = Object.fromEntries(
  Object.entries(summaries).map(([type, summarize]) => [type, (event) => (summarize as (data: unknown) => Summary)(event.data)]),
) as Record<SubsidyEventType, Summarizer>;
