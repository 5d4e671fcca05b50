import { addDays, nextDate } from '../calendar/dates';
import { shanghaiDate } from '../programme/calendar-date';
import type { ProgrammeState } from '../programme/state';
import { reminderKey, sendingTimeOn, type Reminder } from './reminder';

const CLOSING_NOTICE_DAYS = 7;

/**
 * 主动送政策上门: an open programme is announced to every eligible firm when it is published, and
 * seven days before its window closes the eligible firms that have not applied are reminded. These
 * are the programme's reminders; each is sent to the firms one by one through forFirm.
 */
export function programmeReminders(programmeId: string, publishedAt: string, programme: ProgrammeState): Reminder[] {
  if (programme.status !== 'open' || programme.terms === null) return [];
  const { closesOn } = programme.terms.window;
  const publishedOn = shanghaiDate(publishedAt);
  const subject = { programmeId };
  const staleFrom = nextDate(closesOn);
  const published: Reminder = {
    key: reminderKey('programme-published', programmeId, publishedOn, '0d'),
    kind: 'programme-published',
    deadline: publishedOn,
    offset: '0d',
    sendAt: null,
    staleFrom,
    subject,
    audience: ['firm', 'firm-agent'],
  };
  const closingOn = addDays(closesOn, -CLOSING_NOTICE_DAYS);
  if (closingOn < publishedOn) return [published];
  const closing: Reminder = {
    key: reminderKey('programme-closing', programmeId, closesOn, '-7d'),
    kind: 'programme-closing',
    deadline: closesOn,
    offset: '-7d',
    sendAt: sendingTimeOn(closingOn),
    staleFrom,
    subject,
    audience: ['firm', 'firm-agent'],
  };
  return [published, closing];
}

/** One firm's copy of a programme's reminder. */
export const forFirm = (reminder: Reminder, enterpriseId: string): Reminder => ({
  ...reminder,
  key: reminderKey(reminder.kind, reminder.subject.programmeId!, reminder.deadline, reminder.offset, enterpriseId),
  subject: { ...reminder.subject, enterpriseId },
});
