import type { LoanEvent, LoanEventType } from '../../domain/loan/events';
import { formatYuan } from '../format';
import { summarizersOf, type SummaryOf } from './summary';

const summaries: SummaryOf<LoanEvent, LoanEventType> = {
  CreditLineGranted: (d) => ({ zh: `${d.bank}授信 ${formatYuan(d.amountFen)}，期限 ${d.termMonths} 个月`, en: `Credit line of ${formatYuan(d.amountFen)} for ${d.termMonths} months from ${d.bank}` }),
  LoanApplied: (d) => ({ zh: `申请创业担保贷款 ${formatYuan(d.amountFen)}，期限 ${d.termMonths} 个月`, en: `Applied for a guaranteed start-up loan of ${formatYuan(d.amountFen)} over ${d.termMonths} months` }),
  LoanApproved: () => ({ zh: '创业担保贷款获批', en: 'Guaranteed loan approved' }),
  LoanRejected: (d) => ({ zh: `创业担保贷款未获批准：${d.reason}`, en: `Guaranteed loan rejected: ${d.reason}` }),
  LoanDisbursed: (d) => ({
    zh: `创业担保贷款发放 ${formatYuan(d.amountFen)}，分 ${d.instalments.length} 期还款，首期 ${d.instalments[0]?.dueOn ?? '—'} 到期`,
    en: `Guaranteed loan of ${formatYuan(d.amountFen)} paid out, repaid in ${d.instalments.length} instalments from ${d.instalments[0]?.dueOn ?? '—'}`,
  }),
  InstalmentRepaid: (d) => ({
    zh: `第 ${d.instalment} 期还款 ${formatYuan(d.amountFen)}${d.owedFen > 0 ? `，本期尚欠 ${formatYuan(d.owedFen)}` : '，本期已还清'}`,
    en: `Instalment ${d.instalment}: ${formatYuan(d.amountFen)} repaid${d.owedFen > 0 ? `, ${formatYuan(d.owedFen)} still owed` : ', cleared'}`,
  }),
  InstalmentOverdue: (d) => ({ zh: `第 ${d.instalment} 期逾期（${d.dueOn} 到期），尚欠 ${formatYuan(d.owedFen)}`, en: `Instalment ${d.instalment} overdue since ${d.dueOn}: ${formatYuan(d.owedFen)} owed` }),
  LoanSettled: () => ({ zh: '创业担保贷款已结清', en: 'Guaranteed loan settled' }),
};

export const loanSummaries = summarizersOf<LoanEvent, LoanEventType>(summaries);
