import type { CommandContext } from '../decider';
import { DomainError } from '../domain-error';
import { shanghaiDate } from '../programme/calendar-date';
import { allowanceSchedule } from './allowance-schedule';
import type { TalentPaymentCommand } from './commands';
import type { TalentEvent } from './events';
import { assertNotEnded, type TalentState } from './state';

export function decideTalentPayment(command: TalentPaymentCommand, state: TalentState, { now, actor }: CommandContext): TalentEvent[] {
  assertNotEnded(state);
  if (state.status === 'suspended') throw new DomainError('talent-grant-suspended', 'Nothing is paid while the grant is suspended');
  if (actor.id === state.awardedBy) {
    throw new DomainError('awarder-may-not-pay', 'The officer who awarded a grant never records its payments (segregation of duties)');
  }
  if (command.type === 'PayMonthlyAllowance') return [allowancePayment(command.month, state, now, actor.id)];
  if (state.housingSubsidyPaid) throw new DomainError('housing-subsidy-already-paid', 'The housing subsidy is paid once');
  return [{ type: 'HousingSubsidyPaid', data: { amountFen: state.housingSubsidyFen, paidBy: actor.id, paidAt: now } }];
}

/** Each month at most once, in order, never past the awarded months, never before it falls due. */
function allowancePayment(month: number, state: TalentState, now: string, paidBy: string): TalentEvent {
  if (!Number.isSafeInteger(month) || month < 1) throw new DomainError('invalid-allowance-month', 'An allowance month is a whole number from 1', { field: 'month' });
  if (month > state.months) {
    throw new DomainError('allowance-month-past-award', `The grant covers ${state.months} months`, { field: 'month', months: state.months });
  }
  const schedule = allowanceSchedule(state, shanghaiDate(now));
  const { dueOn, amountFen, status } = schedule[month - 1]!;
  if (status === 'paid') throw new DomainError('allowance-month-already-paid', `Month ${month} is already paid`, { field: 'month' });
  if (status === 'suspended') {
    throw new DomainError('allowance-month-forfeited', `Month ${month} fell due while the grant was suspended: it is not owed`, { field: 'month', dueOn });
  }
  if (status === 'upcoming') throw new DomainError('allowance-month-not-due', `Month ${month} falls due on ${dueOn}`, { field: 'month', dueOn });
  const next = schedule.find((entry) => entry.status === 'late' || entry.status === 'due')!;
  if (next.month !== month) {
    throw new DomainError('allowance-month-out-of-order', `Month ${next.month} is to be paid first`, { field: 'month', nextMonth: next.month });
  }
  return { type: 'MonthlyAllowancePaid', data: { month, dueOn, amountFen, paidBy, paidAt: now } };
}
