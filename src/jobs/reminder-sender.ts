import type { Logger } from 'pino';
import type { Clock } from '../app/clock';
import { toEnvelopes, type CommandHandler } from '../app/command-handler';
import { readFirmFacts, type FirmFacts } from '../app/firm-facts';
import { readStreamState } from '../app/stream-state';
import type { Actor } from '../domain/decider';
import { reminderStream } from '../domain/reminder/reminder';
import { reminderDecider, type ReminderState } from '../domain/reminder/reminder-stream';
import { reminderTexts } from '../domain/reminder/reminder-texts';
import { shanghaiDate } from '../domain/programme/calendar-date';
import { enterpriseStream } from '../domain/enterprise/enterprise';
import { WrongExpectedRevisionError, type EventStore } from '../eventstore/event-store';
import type { Notifier, ReminderMessage } from './notifier';
import { StreamMemo } from './stream-memo';
import { stillDue, type ReminderCauses } from './reminder-causes';
import type { SendReminderData } from './reminder-jobs';
import { recipientsOf } from './reminder-recipients';
import type { ProgrammeAudience } from './programme-audience';

export const REMINDER_ACTOR: Actor = { id: 'system:reminders', role: 'admin' };

/**
 * Sends one reminder (DESIGN.md rule 6): re-reads its cause and goes on only if the cause still
 * has it; appends ReminderSent expecting no stream, so it is recorded once whoever races;
 * then delivers it on every channel not yet recorded as delivered. A retry after a crash or a
 * failed delivery picks up where the last attempt stopped.
 */
export class ReminderSender {
  private readonly firms: StreamMemo<FirmFacts>;

  constructor(
    private readonly store: EventStore,
    private readonly commands: CommandHandler,
    private readonly causes: ReminderCauses,
    private readonly programmeAudience: ProgrammeAudience,
    private readonly notifiers: readonly Notifier[],
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {
    this.firms = new StreamMemo(store);
  }

  /**
   * The reminder stream is read only when the append finds it there or the cause is gone: a first
   * attempt, by far the most common, costs one read less. Once recorded, a reminder is delivered
   * whatever became of its cause.
   */
  async send(job: SendReminderData): Promise<void> {
    const stream = reminderStream(job.key);
    const message = await this.messageIfStillDue(job);
    if (message) return this.deliver(stream, await this.record(stream, message));
    const { state } = await readStreamState(this.store, reminderDecider, stream);
    if (state.sent) await this.deliver(stream, state);
  }

  /** Undefined when the cause no longer has the reminder, or the firm is no longer among those it goes to. */
  private async messageIfStillDue(job: SendReminderData): Promise<Omit<ReminderMessage, 'sentAt'> | undefined> {
    const cause = await this.causes.of(job.cause);
    const reminder = stillDue(cause, job.key, shanghaiDate(this.clock.now()), job.enterpriseId);
    if (!reminder) {
      this.logger.debug({ key: job.key }, 'reminder not sent: its cause is gone');
      return undefined;
    }
    const enterpriseId = reminder.subject.enterpriseId;
    const firm = enterpriseId === undefined ? null : await this.firms.get(enterpriseStream(enterpriseId), () => readFirmFacts(this.store, enterpriseId));
    if (job.enterpriseId !== undefined && !(await this.programmeAudience.stillIncludes(reminder, cause, firm!))) return undefined;
    const { key, kind, deadline, offset, subject } = reminder;
    const texts = reminderTexts(reminder, { firm: firm?.name || null, item: cause.itemName });
    return { key, kind, deadline, offset, subject, recipients: recipientsOf(reminder.audience, enterpriseId, firm, cause.taskOwner), ...texts };
  }

  /** Appends ReminderSent to a new stream; when the stream is there (a race, a retry), reads what was recorded. */
  private async record(stream: string, message: Omit<ReminderMessage, 'sentAt'>): Promise<ReminderState> {
    const context = { now: this.clock.now(), actor: REMINDER_ACTOR };
    const events = reminderDecider.decide({ type: 'SendReminder', reminder: message }, reminderDecider.initialState, context);
    try {
      await this.store.appendToStream(stream, toEnvelopes(stream, events, context, {}), { expectedRevision: 'no_stream' });
      return events.reduce(reminderDecider.evolve, reminderDecider.initialState);
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      return (await readStreamState(this.store, reminderDecider, stream)).state;
    }
  }

  private async deliver(stream: string, state: ReminderState): Promise<void> {
    for (const notifier of this.notifiers) {
      if (state.deliveredOn.includes(notifier.channel)) continue;
      await notifier.deliver(state.sent!);
      await this.commands.handle(reminderDecider, stream, { type: 'RecordDelivery', channel: notifier.channel }, REMINDER_ACTOR);
    }
  }
}
