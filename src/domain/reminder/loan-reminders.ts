import { addDays } from '../calendar/dates';
import { owedFen, type LoanState } from '../loan/state';
import { deadlineWarning, overdueNotice } from './deadline-reminder';
import type { Reminder } from './reminder';

/** Each unpaid instalment of a disbursed loan: seven days and one day before it falls due, and once it is marked overdue. */
export function loanReminders(loanId: string, enterpriseId: string, loan: LoanState): Reminder[] {
  if (loan.status !== 'disbursed') return [];
  return loan.instalments
    .filter((instalment) => owedFen(instalment) > 0)
    .flatMap(({ instalment, dueOn, markedOverdue }) => {
      const itemId = `${loanId}/${instalment}`;
      const subject = { enterpriseId, loanId, number: instalment };
      const warning = (offset: '-7d' | '-1d', days: number) =>
        deadlineWarning({ kind: 'instalment-due', itemId, deadline: dueOn, offset, sendOn: addDays(dueOn, days), subject, audience: ['firm', 'firm-agent'] });
      const reminders = [warning('-7d', -7), warning('-1d', -1)];
      if (markedOverdue) reminders.push(overdueNotice('instalment-overdue', itemId, dueOn, subject, ['firm-agent', 'firm']));
      return reminders;
    });
}
