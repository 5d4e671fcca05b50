import type { Fen } from '../money';
import { addMonths } from '../programme/calendar-date';

export interface ScheduledInstalment {
  instalment: number;
  dueOn: string;
  principalFen: Fen;
}

/**
 * Equal principal (等额本金): one instalment a month for the term, the first falling due one
 * calendar month after disbursement on the same day of the month (or the month's last day when
 * shorter). Each repays the principal divided by the term in whole fen; the fen left over by the
 * division fall on the last instalment. Interest on a guaranteed start-up loan is subsidised
 * (财政贴息) and settled by the bank, so only principal is scheduled.
 */
export function repaymentSchedule(principalFen: Fen, termMonths: number, disbursedOn: string): ScheduledInstalment[] {
  const shareFen = Math.floor(principalFen / termMonths);
  return Array.from({ length: termMonths }, (_, index) => ({
    instalment: index + 1,
    dueOn: addMonths(disbursedOn, index + 1),
    principalFen: index === termMonths - 1 ? principalFen - shareFen * (termMonths - 1) : shareFen,
  }));
}
