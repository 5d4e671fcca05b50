import { addDays } from '../calendar/dates';
import type { ProgrammeTerms } from '../programme/terms';
import type { SubsidyState } from '../subsidy/state';
import { deadlineWarning } from './deadline-reminder';
import type { Reminder } from './reminder';

/** 缓缴: a firm granted a deferral is reminded seven days before, and on, the date the deferred amount is to be paid. */
export function deferralReminders(subsidyId: string, subsidy: SubsidyState, terms: ProgrammeTerms): Reminder[] {
  const dueOn = terms.deferredAmountDueOn;
  if (terms.kind !== 'deferral' || dueOn === null || (subsidy.status !== 'approved' && subsidy.status !== 'closed')) return [];
  const subject = { enterpriseId: subsidy.enterpriseId!, subsidyId, programmeId: subsidy.programmeId! };
  return (
    [
      ['-7d', -7],
      ['0d', 0],
    ] as const
  ).map(([offset, days]) =>
    deadlineWarning({ kind: 'deferral-due', itemId: subsidyId, deadline: dueOn, offset, sendOn: addDays(dueOn, days), subject, audience: ['firm', 'firm-agent'] }),
  );
}
