import type { Clock } from '../app/clock';
import { forFirm } from '../domain/reminder/programme-reminders';
import { isFresh } from '../domain/reminder/reminder';
import { shanghaiDate } from '../domain/programme/calendar-date';
import type { ProgrammeAudience } from './programme-audience';
import type { ReminderCauses } from './reminder-causes';
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

  /** The number of firms the reminder is sent to; 0 when the programme no longer has it. */
  async announce({ cause, key }: SendReminderData): Promise<number> {
    const now = this.clock.now();
    const reminders = await this.causes.of(cause);
    const reminder = reminders.reminders.find((candidate) => candidate.key === key);
    if (!reminder || !isFresh(reminder, shanghaiDate(now)) || reminders.programmeTerms === null) return 0;
    const firms = await this.audience.eligibleFirms(reminders.programmeTerms);
    await this.scheduler.add(
      firms.map((enterpriseId) => ({
        id: forFirm(reminder, enterpriseId).key,
        name: SEND_REMINDER,
        data: { cause, key: forFirm(reminder, enterpriseId).key, enterpriseId } satisfies SendReminderData,
        runAt: now,
      })),
    );
    return firms.length;
  }
}
