import type { CommandContext } from '../../src/domain/decider';
import { fallingDueIn } from '../../src/domain/payment-schedule';
import { addMonths } from '../../src/domain/programme/calendar-date';
import { allowanceSchedule } from '../../src/domain/talent/allowance-schedule';
import type { TalentCommand } from '../../src/domain/talent/commands';
import type { TalentState } from '../../src/domain/talent/state';
import { talentDecider } from '../../src/domain/talent/talent';
import { talentAward } from '../support/talent-fixtures';

const manager = { id: 'm-1', role: 'manager' } as const;
const finance = { id: 'f-1', role: 'finance' } as const;
/** 10:00 in Shanghai on a calendar date. */
const on = (date: string, actor: CommandContext['actor'] = finance): CommandContext => ({ now: `${date}T02:00:00.000Z`, actor });

function run(steps: Array<[TalentCommand, CommandContext]>, state: TalentState = talentDecider.initialState): TalentState {
  return steps.reduce((current, [command, context]) => talentDecider.decide(command, current, context).reduce(talentDecider.evolve, current), state);
}

const statuses = (grant: TalentState, asOf: string) => allowanceSchedule(grant, asOf).map(({ month, status }) => [month, status]);

/**
 * A 36-month grant from 2026-01-15, its allowance paid on time for eleven months; the person
 * leaves the district on 2026-11-20 and comes back on 2027-03-01.
 */
describe('the allowance schedule of a 36-month grant suspended in the middle', () => {
  const monthlyPayments = (from: number, to: number): Array<[TalentCommand, CommandContext]> =>
    Array.from({ length: to - from + 1 }, (_, i) => [{ type: 'PayMonthlyAllowance', month: from + i }, on(addMonths('2026-01-15', from + i - 1))]);
  const beforeLeaving = run([[talentAward({ months: 36 }), on('2026-01-15', manager)], ...monthlyPayments(1, 11)]);
  const away = run([[{ type: 'SuspendTalentGrant', reason: '离开本区' }, on('2026-11-20', manager)]], beforeLeaving);
  const back = run([[{ type: 'ResumeTalentGrant' }, on('2027-03-01', manager)], [{ type: 'PayMonthlyAllowance', month: 15 }, on('2027-03-15')]], away);

  it('lists every month with its due date, a calendar month apart from the start', () => {
    const schedule = allowanceSchedule(back, '2027-04-20');
    expect(schedule).toHaveLength(36);
    expect(schedule.slice(0, 3).map(({ dueOn }) => dueOn)).toEqual(['2026-01-15', '2026-02-15', '2026-03-15']);
    expect(schedule[0]).toEqual({ month: 1, dueOn: '2026-01-15', amountFen: 200_000, status: 'paid', paidAt: '2026-01-15T02:00:00.000Z' });
  });

  it('owes no month that fell due while the grant was suspended, and keeps the end where the award put it', () => {
    expect(statuses(back, '2027-04-20')).toEqual([
      ...Array.from({ length: 11 }, (_, i) => [i + 1, 'paid']),
      [12, 'suspended'],
      [13, 'suspended'],
      [14, 'suspended'],
      [15, 'paid'],
      [16, 'late'],
      ...Array.from({ length: 20 }, (_, i) => [i + 17, 'upcoming']),
    ]);
    expect(allowanceSchedule(back, '2027-04-20').at(-1)!.dueOn).toBe('2028-12-15');
    expect(allowanceSchedule(back, '2027-04-20').filter(({ status }) => status !== 'suspended')).toHaveLength(33);
  });

  it('shows a month due on its day and late from the next', () => {
    const month17 = (asOf: string) => allowanceSchedule(back, asOf)[16]!.status;
    expect([month17('2027-05-14'), month17('2027-05-15'), month17('2027-05-16')]).toEqual(['upcoming', 'due', 'late']);
  });

  it('while the suspension lasts, owes nothing from its first day on', () => {
    expect(statuses(away, '2027-02-20').slice(10, 14)).toEqual([
      [11, 'paid'],
      [12, 'suspended'],
      [13, 'suspended'],
      [14, 'suspended'],
    ]);
    expect(allowanceSchedule(away, '2027-02-20').every(({ month, status }) => month <= 11 || status === 'suspended')).toBe(true);
  });

  it('gives the months falling due in a date range, for finance', () => {
    expect(fallingDueIn(allowanceSchedule(back, '2027-04-20'), { from: '2027-01-01', to: '2027-04-30' }).map(({ month, dueOn, status }) => [month, dueOn, status])).toEqual([
      [13, '2027-01-15', 'suspended'],
      [14, '2027-02-15', 'suspended'],
      [15, '2027-03-15', 'paid'],
      [16, '2027-04-15', 'late'],
    ]);
  });

  it('lets finance pay on from month 16, never the months spent away', () => {
    expect(() => run([[{ type: 'PayMonthlyAllowance', month: 12 }, on('2027-04-20')]], back)).toThrow(expect.objectContaining({ code: 'allowance-month-forfeited' }));
    expect(run([[{ type: 'PayMonthlyAllowance', month: 16 }, on('2027-04-20')]], back).allowancePaidAt[16]).toBe('2027-04-20T02:00:00.000Z');
  });

  it('forfeits nothing for a suspension lifted the day it began', () => {
    const blink = run([[{ type: 'SuspendTalentGrant', reason: '误操作' }, on('2026-12-15', manager)], [{ type: 'ResumeTalentGrant' }, on('2026-12-15', manager)]], beforeLeaving);
    expect(allowanceSchedule(blink, '2026-12-15')[11]).toMatchObject({ month: 12, status: 'due' });
  });

  it('owes nothing more once the grant has ended, and keeps what was paid', () => {
    const ended = run([[{ type: 'EndTalentGrant', reason: '离职' }, on('2027-04-20', manager)]], back);
    expect(statuses(ended, '2027-04-20').filter(([, status]) => status !== 'ended')).toEqual([
      ...Array.from({ length: 11 }, (_, i) => [i + 1, 'paid']),
      [15, 'paid'],
    ]);
  });
});

describe('allowance due dates', () => {
  it('fall on the start day of the month, or on the last day of a shorter month', () => {
    const grant = run([[talentAward({ months: 4 }), on('2026-01-31', manager)]]);
    expect(allowanceSchedule(grant, '2026-01-31').map(({ dueOn }) => dueOn)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
  });
});
