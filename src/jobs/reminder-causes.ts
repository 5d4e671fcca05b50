import type { LoanApplied } from '../domain/loan/events';
import { LOAN_STREAM_PREFIX, loanDecider } from '../domain/loan/loan';
import type { ProgrammePublished } from '../domain/programme/events';
import { PROGRAMME_STREAM_PREFIX, programmeDecider, programmeStream } from '../domain/programme/programme';
import type { ProgrammeTerms } from '../domain/programme/terms';
import { deferralReminders } from '../domain/reminder/deferral-reminders';
import type { LocalizedText } from '../domain/reminder/events';
import { loanReminders } from '../domain/reminder/loan-reminders';
import { forFirm, programmeReminders } from '../domain/reminder/programme-reminders';
import { isFresh, type Reminder } from '../domain/reminder/reminder';
import { taskReminders } from '../domain/reminder/task-reminders';
import { talentReminders } from '../domain/reminder/talent-reminders';
import { SUBSIDY_STREAM_PREFIX, subsidyDecider } from '../domain/subsidy/subsidy';
import type { TalentGrantAwarded } from '../domain/talent/events';
import { TALENT_STREAM_PREFIX, talentDecider } from '../domain/talent/talent';
import { TASK_STREAM_PREFIX, taskDecider } from '../domain/task/task';
import type { EventFilter, EventStore } from '../eventstore/event-store';
import { foldHistory, readStreamState } from '../app/stream-state';
import type { WorkingCalendars } from '../app/working-calendars';
import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import { StreamMemo } from './stream-memo';

/** A cause's reminders as it stands now, with what their texts and recipients need from it. */
export interface CauseReminders {
  reminders: Reminder[];
  /** The service, programme or grant, as people name it. */
  itemName: LocalizedText | null;
  /** The agent who owns a task now (first contact, or whoever it was handed to). */
  taskOwner: string | null;
  /** A programme's terms: whom its reminders go to. */
  programmeTerms: ProgrammeTerms | null;
}

const NONE: CauseReminders = { reminders: [], itemName: null, taskOwner: null, programmeTerms: null };

/**
 * The reminder under `key` as the cause has it now (one firm's copy when `enterpriseId` is given),
 * if it still does and it is still worth sending on `today`.
 */
export function stillDue(cause: CauseReminders, key: string, today: string, enterpriseId?: string): Reminder | undefined {
  const current = enterpriseId === undefined ? cause.reminders : cause.reminders.map((reminder) => forFirm(reminder, enterpriseId));
  const reminder = current.find((candidate) => candidate.key === key);
  return reminder && isFresh(reminder, today) ? reminder : undefined;
}

/** The events after which a cause may have reminders it did not have before; what takes one away is found when it is due. */
export const REMINDER_CAUSE_EVENTS: EventFilter = {
  streamPrefixes: [TASK_STREAM_PREFIX, LOAN_STREAM_PREFIX, TALENT_STREAM_PREFIX, SUBSIDY_STREAM_PREFIX, PROGRAMME_STREAM_PREFIX],
  eventTypes: ['TaskAccepted', 'TaskMaterialsReceived', 'TaskEscalated', 'CommitmentSigned', 'LoanDisbursed', 'InstalmentOverdue', 'TalentGrantAwarded', 'TalentGrantResumed', 'SubsidyApproved', 'ProgrammePublished'],
};

const sameName = (name: string): LocalizedText => ({ zh: name, en: name });

/**
 * Reads a cause's stream and works out its reminders from its state: the reactor asks when an
 * event may have added some, the worker asks again when one is due, and sends it only if the
 * cause still has it.
 */
export class ReminderCauses {
  private readonly memo: StreamMemo<CauseReminders>;

  constructor(
    private readonly store: EventStore,
    private readonly calendars: WorkingCalendars,
  ) {
    this.memo = new StreamMemo(store);
  }

  /** Worked out again only when the stream has grown, or, for a task, when the working calendar changed. */
  async of(stream: string): Promise<CauseReminders> {
    const calendar = stream.startsWith(TASK_STREAM_PREFIX) ? await this.calendars.current() : undefined;
    return this.memo.get(stream, () => this.workOut(stream, calendar), calendar);
  }

  private async workOut(stream: string, calendar: WorkingCalendar | undefined): Promise<CauseReminders> {
    const id = (prefix: string) => stream.slice(prefix.length);
    if (calendar) return this.task(id(TASK_STREAM_PREFIX), stream, calendar);
    if (stream.startsWith(LOAN_STREAM_PREFIX)) return this.loan(id(LOAN_STREAM_PREFIX), stream);
    if (stream.startsWith(TALENT_STREAM_PREFIX)) return this.talent(id(TALENT_STREAM_PREFIX), stream);
    if (stream.startsWith(SUBSIDY_STREAM_PREFIX)) return this.subsidy(id(SUBSIDY_STREAM_PREFIX), stream);
    if (stream.startsWith(PROGRAMME_STREAM_PREFIX)) return this.programme(id(PROGRAMME_STREAM_PREFIX), stream);
    return NONE;
  }

  private async task(taskId: string, stream: string, calendar: WorkingCalendar): Promise<CauseReminders> {
    const { state } = await readStreamState(this.store, taskDecider, stream);
    if (state.service === null) return NONE;
    const reminders = taskReminders(taskId, state, calendar);
    return { ...NONE, reminders, itemName: { zh: state.service.nameZh, en: state.service.nameEn }, taskOwner: state.ownerId };
  }

  private async loan(loanId: string, stream: string): Promise<CauseReminders> {
    const { state, history } = await readStreamState(this.store, loanDecider, stream);
    const applied = history[0]?.data as LoanApplied['data'] | undefined;
    if (!applied) return NONE;
    return { ...NONE, reminders: loanReminders(loanId, applied.enterpriseId, state) };
  }

  private async talent(talentId: string, stream: string): Promise<CauseReminders> {
    const { state, history } = await readStreamState(this.store, talentDecider, stream);
    const awarded = history[0]?.data as TalentGrantAwarded['data'] | undefined;
    if (!awarded) return NONE;
    return { ...NONE, reminders: talentReminders(talentId, awarded.enterpriseId, state) };
  }

  private async subsidy(subsidyId: string, stream: string): Promise<CauseReminders> {
    const { state } = await readStreamState(this.store, subsidyDecider, stream);
    if (state.programmeId === null) return NONE;
    const terms = await this.publishedTerms(state.programmeId);
    if (!terms) return NONE;
    return { ...NONE, reminders: deferralReminders(subsidyId, state, terms), itemName: sameName(terms.name) };
  }

  private async programme(programmeId: string, stream: string): Promise<CauseReminders> {
    const { state, history } = await readStreamState(this.store, programmeDecider, stream);
    const published = history[0]?.data as ProgrammePublished['data'] | undefined;
    if (!published || state.terms === null) return NONE;
    return { ...NONE, reminders: programmeReminders(programmeId, published.publishedAt, state), itemName: sameName(state.terms.name), programmeTerms: state.terms };
  }

  /** A programme's terms never change once published: its first event is enough, however long its ledger grows. */
  private async publishedTerms(programmeId: string): Promise<ProgrammeTerms | undefined> {
    const [first] = await this.store.readStream(programmeStream(programmeId), { maxCount: 1 });
    if (first?.type !== 'ProgrammePublished') return undefined;
    return foldHistory(programmeDecider, [first]).terms ?? undefined;
  }
}
