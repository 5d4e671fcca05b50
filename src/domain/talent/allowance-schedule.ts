import type { Fen } from '../money';
import { dueStatus, type DueStatus } from '../payment-schedule';
import { addMonths } from '../programme/calendar-date';
import type { TalentState } from './state';

/** `suspended` and `ended` are never owed: the grant was suspended the day the month fell due, or ended with it unpaid. */
export type AllowanceMonthStatus = DueStatus | 'suspended' | 'ended';

export interface AllowanceMonth {
  month: number;
  dueOn: string;
  amountFen: Fen;
  status: AllowanceMonthStatus;
  paidAt: string | null;
}

/**
 * Every allowance month of a grant as its state stands, seen on the Asia/Shanghai date `asOf`
 * (for a past date, fold the stream up to it first). Month M falls due M − 1 calendar months
 * after the start, on the start's day of the month (or the month's last day when shorter).
 *
 * A suspension does not move the end of the award: the grant pays for months the person spends
 * with the firm in the district, so a month that falls due while it is suspended is never owed,
 * not made up later, and the last month stays where the award put it. Finance's commitment per
 * grant never grows, and the schedule it sees never shifts.
 */
export function allowanceSchedule(grant: TalentState, asOf: string): AllowanceMonth[] {
  return Array.from({ length: grant.months }, (_, index) => {
    const month = index + 1;
    const dueOn = addMonths(grant.startsOn!, index);
    const paidAt = grant.allowancePaidAt[month] ?? null;
    return { month, dueOn, amountFen: grant.monthlyAllowanceFen, status: monthStatus(grant, dueOn, paidAt, asOf), paidAt };
  });
}

function monthStatus(grant: TalentState, dueOn: string, paidAt: string | null, asOf: string): AllowanceMonthStatus {
  const paid = paidAt !== null;
  if (!paid && grant.status === 'ended') return 'ended';
  if (!paid && suspendedOn(grant, dueOn)) return 'suspended';
  return dueStatus(dueOn, paid, asOf);
}

const suspendedOn = (grant: TalentState, date: string): boolean => grant.suspensions.some(({ from, to }) => from <= date && (to === null || date < to));
