import { Loans } from '../../src/app/loans';
import { OVERDUE_MARKING_ACTOR, OverdueInstalments } from '../../src/app/overdue-instalments';
import type { Actor } from '../../src/domain/decider';
import { loanStream } from '../../src/domain/loan/loan';
import { registration } from '../support/registration';
import { agent, coreOn, manager } from '../support/test-app';

const finance: Actor = { id: 'f-1', role: 'finance' };
/** The day after instalment 1 (due 2026-04-02) of a loan disbursed on the test clock's day falls due. */
const APRIL_3 = '2026-04-03T02:00:00.000Z';

function setUp() {
  const core = coreOn();
  const loans = new Loans(core.events, core.commands, core.clock);
  const sweep = new OverdueInstalments(core.events, loans);
  let serial = 0;
  /** 10,000 yuan over 3 months, disbursed on 2026-03-02: 333,333 fen due on 04-02 and 05-02, 333,334 on 06-02. */
  async function disbursedLoan(): Promise<string> {
    const { enterpriseId } = await core.registration.register(registration((serial += 1)), agent);
    const { loanId } = await loans.apply({ enterpriseId, amountFen: 1_000_000, termMonths: 3 }, agent);
    await loans.handle(loanId, { type: 'ApproveLoan' }, manager);
    await loans.handle(loanId, { type: 'DisburseLoan' }, finance);
    return loanId;
  }
  const repay = (loanId: string, instalment: number, amountFen: number) => loans.handle(loanId, { type: 'RepayInstalment', instalment, amountFen }, finance);
  const overdueEvents = async (loanId: string) => (await core.events.readStream(loanStream(loanId))).filter((e) => e.type === 'InstalmentOverdue');
  return { core, sweep, disbursedLoan, repay, overdueEvents };
}

describe('markOverdueInstalments', () => {
  it('marks an instalment still owed past its due date overdue, once, with what it still owes', async () => {
    const { core, sweep, disbursedLoan, repay, overdueEvents } = setUp();
    const loanId = await disbursedLoan();
    await repay(loanId, 1, 100_000);
    core.clock.set(APRIL_3);

    expect(await sweep.markOverdueInstalments(APRIL_3)).toEqual([{ loanId, instalment: 1 }]);
    expect(await sweep.markOverdueInstalments(APRIL_3)).toEqual([]);

    const [overdue] = await overdueEvents(loanId);
    expect(overdue?.data).toEqual({ instalment: 1, dueOn: '2026-04-02', owedFen: 233_333, markedAt: APRIL_3 });
    expect(overdue?.metadata).toMatchObject({ actorId: OVERDUE_MARKING_ACTOR.id });
  });

  it('marks nothing on its due date, nor an instalment repaid, nor a loan settled', async () => {
    const { core, sweep, disbursedLoan, repay, overdueEvents } = setUp();
    const [repaid, settled] = [await disbursedLoan(), await disbursedLoan()];
    await repay(repaid, 1, 333_333);
    for (const [instalment, amountFen] of [[1, 333_333], [2, 333_333], [3, 333_334]] as const) await repay(settled, instalment, amountFen);

    core.clock.set('2026-04-02T15:59:59.000Z'); // still 04-02 in Shanghai
    expect(await sweep.markOverdueInstalments(core.clock.now())).toEqual([]);
    core.clock.set(APRIL_3);
    expect(await sweep.markOverdueInstalments(APRIL_3)).toEqual([]);
    expect([...(await overdueEvents(repaid)), ...(await overdueEvents(settled))]).toEqual([]);
  });

  it('marks every instalment past due, of every loan, and follows repayments made between sweeps', async () => {
    const { core, sweep, disbursedLoan, repay } = setUp();
    const [first, second] = [await disbursedLoan(), await disbursedLoan()];
    core.clock.set(APRIL_3);
    expect(await sweep.markOverdueInstalments(APRIL_3)).toEqual([
      { loanId: first, instalment: 1 },
      { loanId: second, instalment: 1 },
    ]);
    await repay(first, 1, 333_333);
    await repay(first, 2, 333_333);
    const june3 = '2026-06-03T02:00:00.000Z';
    core.clock.set(june3);
    expect(await sweep.markOverdueInstalments(june3)).toEqual([
      { loanId: first, instalment: 3 },
      { loanId: second, instalment: 2 },
      { loanId: second, instalment: 3 },
    ]);
  });
});
