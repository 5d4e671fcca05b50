import { workingDaysBefore } from '../../src/domain/calendar/working-days';
import { loanDecider } from '../../src/domain/loan/loan';
import type { LoanEvent } from '../../src/domain/loan/events';
import { deferralReminders } from '../../src/domain/reminder/deferral-reminders';
import { loanReminders } from '../../src/domain/reminder/loan-reminders';
import { forFirm, programmeReminders } from '../../src/domain/reminder/programme-reminders';
import { taskReminders } from '../../src/domain/reminder/task-reminders';
import { talentReminders } from '../../src/domain/reminder/talent-reminders';
import { initialProgrammeState, type ProgrammeState } from '../../src/domain/programme/state';
import type { ProgrammeTerms } from '../../src/domain/programme/terms';
import { initialSubsidyState } from '../../src/domain/subsidy/state';
import { talentDecider } from '../../src/domain/talent/talent';
import type { TalentEvent } from '../../src/domain/talent/events';
import { taskDecider } from '../../src/domain/task/task';
import type { TaskEvent } from '../../src/domain/task/events';
import { disbursedLoan, instalmentRepaid } from '../support/loan-fixtures';
import { accepted, calendar, cancelled, completed, on, opened } from '../support/task-fixtures';
import { talentAwarded } from '../support/talent-fixtures';

const fold = <E, S>(decider: { initialState: S; evolve(state: S, event: E): S }, events: E[]): S => events.reduce(decider.evolve, decider.initialState);
const task = (...events: TaskEvent[]) => fold(taskDecider, [opened(), ...events]);
const keysOf = (reminders: { key: string }[]) => reminders.map((reminder) => reminder.key);

describe('working days before a date', () => {
  it('steps back over weekends and holidays', () => {
    expect(workingDaysBefore(calendar, '2026-03-16', 2)).toBe('2026-03-12'); // Monday → the Thursday before
    expect(workingDaysBefore(calendar, '2026-03-18', 2)).toBe('2026-03-16');
    expect(workingDaysBefore(calendar, '2026-03-18', 0)).toBe('2026-03-18');
  });
});

describe('task reminders', () => {
  it('warns the task owner two working days before the promised date and on it, at 09:00 in Shanghai', () => {
    const reminders = taskReminders('t-1', task(accepted), calendar);
    expect(reminders).toEqual([
      expect.objectContaining({ key: 'task-deadline:t-1:2026-03-16:-2wd', sendAt: '2026-03-12T01:00:00.000Z', staleFrom: '2026-03-17', audience: ['task-owner'] }),
      expect.objectContaining({ key: 'task-deadline:t-1:2026-03-16:0d', sendAt: '2026-03-16T01:00:00.000Z' }),
    ]);
    expect(reminders[0]!.subject).toEqual({ enterpriseId: 'e-1', taskId: 't-1' });
  });

  it('has none before acceptance, while the clock waits on the firm, or once the task is closed', () => {
    const requested: TaskEvent = { type: 'TaskMaterialsRequested', data: { missingItems: ['营业执照'], requestedAt: on('2026-03-04') } };
    expect(taskReminders('t-1', task(), calendar)).toEqual([]);
    expect(taskReminders('t-1', task(accepted, requested), calendar)).toEqual([]);
    expect(taskReminders('t-1', task(accepted, completed), calendar)).toEqual([]);
    expect(taskReminders('t-1', task(accepted, cancelled), calendar)).toEqual([]);
  });

  it('moves with the due date when the materials arrive: the old date reminds no one', () => {
    const requested: TaskEvent = { type: 'TaskMaterialsRequested', data: { missingItems: ['营业执照'], requestedAt: on('2026-03-04') } };
    const received: TaskEvent = { type: 'TaskMaterialsReceived', data: { receivedAt: on('2026-03-06'), pausedWorkingDays: 2, dueOn: '2026-03-18' } };
    expect(keysOf(taskReminders('t-1', task(accepted, requested, received), calendar))).toEqual(['task-deadline:t-1:2026-03-18:-2wd', 'task-deadline:t-1:2026-03-18:0d']);
  });

  it('tells the managers and the owner at once when the task is escalated, for as long as it stays open', () => {
    const escalated: TaskEvent = { type: 'TaskEscalated', data: { dueOn: '2026-03-16', agentId: 'a-1', escalatedAt: on('2026-03-17') } };
    const notice = taskReminders('t-1', task(accepted, escalated), calendar).find((reminder) => reminder.kind === 'task-escalated');
    expect(notice).toEqual(expect.objectContaining({ key: 'task-escalated:t-1:2026-03-16:overdue', sendAt: null, staleFrom: null, audience: ['managers', 'task-owner'] }));
    expect(taskReminders('t-1', task(accepted, escalated, completed), calendar)).toEqual([]);
  });

  it('reminds the firm and the owner of a signed commitment until the materials arrive, even after the task is done', () => {
    const signed: TaskEvent = { type: 'CommitmentSigned', data: { missingItems: ['消防验收意见书'], materialsDueOn: '2026-03-27', signedAt: on('2026-03-03') } };
    const fulfilled: TaskEvent = { type: 'CommitmentFulfilled', data: { fulfilledAt: on('2026-03-20') } };
    const commitment = (events: TaskEvent[]) => taskReminders('t-1', task(accepted, ...events), calendar).filter((reminder) => reminder.kind === 'commitment-deadline');
    expect(keysOf(commitment([signed, completed]))).toEqual(['commitment-deadline:t-1:2026-03-27:-2wd', 'commitment-deadline:t-1:2026-03-27:0d']);
    expect(commitment([signed])[0]!.audience).toEqual(['firm', 'task-owner']);
    expect(commitment([signed, fulfilled])).toEqual([]);
  });
});

describe('loan reminders', () => {
  const loan = (...events: LoanEvent[]) => fold(loanDecider, [...disbursedLoan, ...events]);

  it('warns the firm and its concierge seven days and one day before each unpaid instalment', () => {
    const reminders = loanReminders('l-1', 'e-1', loan(instalmentRepaid(1, 333_333, 0)));
    expect(keysOf(reminders)).toEqual([
      'instalment-due:l-1/2:2026-05-01:-7d',
      'instalment-due:l-1/2:2026-05-01:-1d',
      'instalment-due:l-1/3:2026-06-01:-7d',
      'instalment-due:l-1/3:2026-06-01:-1d',
    ]);
    expect(reminders[0]).toEqual(expect.objectContaining({ sendAt: '2026-04-24T01:00:00.000Z', audience: ['firm', 'firm-agent'], subject: { enterpriseId: 'e-1', loanId: 'l-1', number: 2 } }));
  });

  it('escalates an overdue instalment to the concierge until it is repaid', () => {
    const overdue: LoanEvent = { type: 'InstalmentOverdue', data: { instalment: 1, dueOn: '2026-04-01', owedFen: 333_333, markedAt: '2026-04-02T01:00:00.000Z' } };
    expect(keysOf(loanReminders('l-1', 'e-1', loan(overdue)))).toContain('instalment-overdue:l-1/1:2026-04-01:overdue');
    expect(keysOf(loanReminders('l-1', 'e-1', loan(overdue, instalmentRepaid(1, 333_333, 0))))).not.toContain('instalment-overdue:l-1/1:2026-04-01:overdue');
  });

  it('has none before disbursement', () => {
    expect(loanReminders('l-1', 'e-1', fold(loanDecider, disbursedLoan.slice(0, 2)))).toEqual([]);
  });
});

describe('allowance reminders', () => {
  const grant = (...events: TalentEvent[]) => fold(talentDecider, [talentAwarded('2026-03-02T02:00:00.000Z', '2026-03-02', 3), ...events]);
  const paid = (month: number, dueOn: string): TalentEvent => ({ type: 'MonthlyAllowancePaid', data: { month, dueOn, amountFen: 200_000, paidBy: 'f-1', paidAt: on(dueOn) } });

  it('tells finance on the day each unpaid month falls due', () => {
    const reminders = talentReminders('g-1', 'e-1', grant(paid(1, '2026-03-02')));
    expect(keysOf(reminders)).toEqual(['allowance-due:g-1/2:2026-04-02:0d', 'allowance-due:g-1/3:2026-05-02:0d']);
    expect(reminders[0]).toEqual(expect.objectContaining({ audience: ['finance'], sendAt: '2026-04-02T01:00:00.000Z' }));
  });

  it('has none while the grant is suspended or once it ended', () => {
    expect(talentReminders('g-1', 'e-1', grant({ type: 'TalentGrantSuspended', data: { reason: '离开本区', suspendedAt: on('2026-03-10') } }))).toEqual([]);
    expect(talentReminders('g-1', 'e-1', grant({ type: 'TalentGrantEnded', data: { reason: '合同期满', endedAt: on('2026-03-10') } }))).toEqual([]);
  });
});

const terms = (overrides: Partial<ProgrammeTerms> = {}): ProgrammeTerms => ({
  name: '小微企业社保缓缴',
  kind: 'deferral',
  capPerEnterpriseFen: 1_000_000,
  eligibility: { industries: [], townships: [], parks: [], minAgeMonths: 0 },
  window: { opensOn: '2026-03-01', closesOn: '2026-03-31' },
  deferredAmountDueOn: '2026-09-30',
  ...overrides,
});

describe('deferral reminders', () => {
  const approved = { ...initialSubsidyState, status: 'approved' as const, programmeId: 'p-1', enterpriseId: 'e-1' };

  it('reminds the firm and its concierge seven days before and on the day the deferred amount is due', () => {
    expect(keysOf(deferralReminders('s-1', approved, terms()))).toEqual(['deferral-due:s-1:2026-09-30:-7d', 'deferral-due:s-1:2026-09-30:0d']);
  });

  it('has none for an application not granted, or a programme that defers nothing', () => {
    expect(deferralReminders('s-1', { ...approved, status: 'rejected' }, terms())).toEqual([]);
    expect(deferralReminders('s-1', approved, terms({ kind: 'award', deferredAmountDueOn: null }))).toEqual([]);
  });
});

describe('programme reminders', () => {
  const open: ProgrammeState = { ...initialProgrammeState, status: 'open', terms: terms({ kind: 'award', deferredAmountDueOn: null }) };

  it('announces the programme at once and warns seven days before its window closes', () => {
    const [published, closing] = programmeReminders('p-1', '2026-03-01T02:00:00.000Z', open);
    expect(published).toEqual(expect.objectContaining({ key: 'programme-published:p-1:2026-03-01:0d', sendAt: null, staleFrom: '2026-04-01' }));
    expect(closing).toEqual(expect.objectContaining({ key: 'programme-closing:p-1:2026-03-31:-7d', sendAt: '2026-03-24T01:00:00.000Z' }));
  });

  it('gives each firm its own key and subject', () => {
    const [published] = programmeReminders('p-1', '2026-03-01T02:00:00.000Z', open);
    expect(forFirm(published!, 'e-9')).toEqual(expect.objectContaining({ key: 'programme-published:p-1:e-9:2026-03-01:0d', subject: { programmeId: 'p-1', enterpriseId: 'e-9' } }));
  });

  it('skips the closing warning of a window shorter than a week, and has none once closed', () => {
    const short = { ...open, terms: terms({ kind: 'award', deferredAmountDueOn: null, window: { opensOn: '2026-03-01', closesOn: '2026-03-05' } }) };
    expect(programmeReminders('p-1', '2026-03-01T02:00:00.000Z', short).map((reminder) => reminder.kind)).toEqual(['programme-published']);
    expect(programmeReminders('p-1', '2026-03-01T02:00:00.000Z', { ...open, status: 'closed' })).toEqual([]);
  });
});
