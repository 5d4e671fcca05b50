import type { Logger } from 'pino';
import type { Clock } from '../app/clock';
import type { CommandHandler } from '../app/command-handler';
import { readFirmFacts } from '../app/firm-facts';
import { readStreamState } from '../app/stream-state';
import type { Actor } from '../domain/decider';
import { forFirm } from '../domain/reminder/programme-reminders';
import { isFresh, reminderStream, type Reminder } from '../domain/reminder/reminder';
import { reminderDecider } from '../domain/reminder/reminder-stream';
import { reminderTexts } from '../domain/reminder/reminder-texts';
import { shanghaiDate } from '../domain/programme/calendar-date';
import type { EventStore } from '../eventstore/event-store';
import type { Notifier } from './notifier';
import type { CauseReminders, ReminderCauses } from './reminder-causes';
import type { SendReminderData } from './reminder-jobs';
import { recipientsOf } from './reminder-recipients';
import type { ProgrammeAudience } from './programme-audience';

export const REMINDER_ACTOR: Actor = { id: 'system:reminders', role: 'admin' };

export type SendOutcome = 'sent' | 'already-sent' | 'cause-gone';

/**
 * Sends one reminder (DESIGN.md rule 6): re-reads its cause and goes on only if the cause still
 * has it; appends ReminderSent under the expected revision, so it is recorded once whoever races;
 * then delivers it on every channel not yet recorded as delivered. A retry after a crash or a
 * failed delivery picks up where the last attempt stopped.
 */
export class ReminderSender {
  constructor(
    private readonly store: EventStore,
    private readonly commands: CommandHandler,
    private readonly causes: ReminderCauses,
    private readonly programmeAudience: ProgrammeAudience,
    private readonly notifiers: readonly Notifier[],
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async send(job: SendReminderData): Promise<SendOutcome> {
    const stream = reminderStream(job.key);
    const recorded = await readStreamState(this.store, reminderDecider, stream);
    let outcome: SendOutcome = 'already-sent';
    if (!recorded.state.sent) {
      if (!(await this.record(job))) return 'cause-gone';
      outcome = 'sent';
    }
    await this.deliver(stream);
    return outcome;
  }

  /** False when the cause no longer has the reminder, or the firm is no longer among those it goes to. */
  private async record(job: SendReminderData): Promise<boolean> {
    const cause = await this.causes.of(job.cause);
    const reminder = stillDue(cause, job, shanghaiDate(this.clock.now()));
    if (!reminder) {
      this.logger.debug({ key: job.key }, 'reminder not sent: its cause is gone');
      return false;
    }
    const enterpriseId = reminder.subject.enterpriseId;
    const firm = enterpriseId === undefined ? null : await readFirmFacts(this.store, enterpriseId);
    if (job.enterpriseId !== undefined && !(await this.programmeAudience.stillIncludes(reminder, cause, firm!))) return false;
    const { key, kind, deadline, offset, subject } = reminder;
    const texts = reminderTexts(reminder, { firm: firm?.name || null, item: cause.itemName });
    const message = { key, kind, deadline, offset, subject, recipients: recipientsOf(reminder.audience, enterpriseId, firm, cause.taskOwner), ...texts };
    await this.commands.handle(reminderDecider, reminderStream(key), { type: 'SendReminder', reminder: message }, REMINDER_ACTOR);
    return true;
  }

  private async deliver(stream: string): Promise<void> {
    const { state } = await readStreamState(this.store, reminderDecider, stream);
    const sent = state.sent!;
    for (const notifier of this.notifiers) {
      if (state.deliveredOn.includes(notifier.channel)) continue;
      await notifier.deliver(sent);
      await this.commands.handle(reminderDecider, stream, { type: 'RecordDelivery', channel: notifier.channel }, REMINDER_ACTOR);
    }
  }
}

/** The reminder as the cause has it now, if it still does and it is still worth sending. */
function stillDue(cause: CauseReminders, job: SendReminderData, today: string): Reminder | undefined {
  const current = job.enterpriseId === undefined ? cause.reminders : cause.reminders.map((reminder) => forFirm(reminder, job.enterpriseId!));
  const reminder = current.find((candidate) => candidate.key === job.key);
  return reminder && isFresh(reminder, today) ? reminder : undefined;
}
