import { allowanceSchedule } from '../talent/allowance-schedule';
import type { TalentState } from '../talent/state';
import { deadlineWarning } from './deadline-reminder';
import type { Reminder } from './reminder';

const OWED = new Set(['upcoming', 'due', 'late']);

/** Finance is told on the day each monthly allowance falls due, for every month still to be paid. */
export function talentReminders(talentId: string, enterpriseId: string, grant: TalentState): Reminder[] {
  if (grant.status !== 'active' || grant.startsOn === null) return [];
  return allowanceSchedule(grant, grant.startsOn)
    .filter(({ status }) => OWED.has(status))
    .map(({ month, dueOn }) =>
      deadlineWarning({
        kind: 'allowance-due',
        itemId: `${talentId}/${month}`,
        deadline: dueOn,
        offset: '0d',
        sendOn: dueOn,
        subject: { enterpriseId, talentId, number: month },
        audience: ['finance'],
      }),
    );
}
