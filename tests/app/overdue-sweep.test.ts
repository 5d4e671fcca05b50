import { Loans } from '../../src/app/loans';
import { OverdueInstalments } from '../../src/app/overdue-instalments';
import { OverdueSweep } from '../../src/app/overdue-sweep';
import { OverdueTaskEscalation } from '../../src/app/overdue-task-escalation';
import { Tasks } from '../../src/app/tasks';
import { WorkingCalendars } from '../../src/app/working-calendars';
import type { Actor } from '../../src/domain/decider';
import { loanStream } from '../../src/domain/loan/loan';
import { LocalScheduler } from '../../src/jobs/local-scheduler';
import { OVERDUE_SWEEP_DAILY } from '../../src/jobs/reminders';
import { registration } from '../support/registration';
import { agent, coreOn, manager, silentLogger } from '../support/test-app';

const finance: Actor = { id: 'f-1', role: 'finance' };

describe('the overdue sweep the server runs', () => {
  it('marks past-due instalments on its own, daily after midnight in Shanghai, and records each once', async () => {
    const core = coreOn();
    const loans = new Loans(core.events, core.commands, core.clock);
    const tasks = new Tasks(core.events, core.commands, new WorkingCalendars(core.events, core.commands), core.clock);
    const sweep = new OverdueSweep(new OverdueTaskEscalation(core.events, tasks), new OverdueInstalments(core.events, loans), core.clock, silentLogger);
    const { enterpriseId } = await core.registration.register(registration(1), agent);
    const { loanId } = await loans.apply({ enterpriseId, amountFen: 1_000_000, termMonths: 3 }, agent);
    await loans.handle(loanId, { type: 'ApproveLoan' }, manager);
    await loans.handle(loanId, { type: 'DisburseLoan' }, finance);
    const overdue = async () => (await core.events.readStream(loanStream(loanId))).filter((e) => e.type === 'InstalmentOverdue');

    expect(await sweep.runOnce()).toEqual({ escalatedTasks: [], overdueInstalments: 0 });
    core.clock.set('2026-04-02T15:00:00.000Z'); // 23:00 in Shanghai on the day instalment 1 falls due
    const scheduler = LocalScheduler.open(':memory:', { clock: core.clock, pollMs: 5 });
    let sweeps = 0;
    try {
      await scheduler.runDaily(OVERDUE_SWEEP_DAILY);
      await scheduler.start(async () => {
        sweeps += 1;
        await sweep.runOnce();
      });
      core.clock.set('2026-04-02T16:04:00.000Z'); // 00:04 the next day
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(sweeps).toBe(0);
      core.clock.set('2026-04-02T16:06:00.000Z');
      const deadline = Date.now() + 5000;
      while ((await overdue()).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      await new Promise((resolve) => setTimeout(resolve, 30));
    } finally {
      await scheduler.close();
    }
    expect(sweeps).toBe(1);
    expect((await overdue()).map((e) => e.data['instalment'])).toEqual([1]);
  });
});
