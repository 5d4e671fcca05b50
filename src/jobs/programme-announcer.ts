import type { Clock } from '../app/clock';
import { forFirm } from '../domain/reminder/programme-reminders';
import { shanghaiDate } from '../domain/programme/calendar-date';
import type { ProgrammeAudience } from './programme-audience';
import { stillDue, type ReminderCauses } from './reminder-causes';
import { SEND_REMINDER, type SendReminderData } from './reminder-jobs';
import type { Scheduler } from './scheduler';

/** 主动送政策上门: when a programme's reminder is due, each eligible firm gets a reminder job of its own. */
export class ProgrammeAnnouncer {
  constructor(
    private readonly causes: ReminderCauses,
    private readonly audience: ProgrammeAudience,
    private readonly scheduler: Scheduler,
    private readonly clock: Clock,
  ) {}

  /** Nothing is sent when the programme no longer has the reminder. */
  async announce({ cause, key }: SendReminderData): Promise<void> {
    const now = this.clock.now();
    const reminders = await this.causes.of(cause);
    const reminder = stillDue(reminders, key, shanghaiDate(now));
    if (!reminder || reminders.programmeTerms === null) return;
    const firms = await this.audience.eligibleFirms(reminders.programmeTerms);
    await this.scheduler.add(
      firms.map((enterpriseId) => {
        const firmKey = forFirm(reminder, enterpriseId).key;
        return { id: firmKey, name: SEND_REMINDER, data: { cause, key: firmKey, enterpriseId } satisfies SendReminderData, runAt: now };
      }),
    );
  }
}
