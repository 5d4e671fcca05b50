import type { Logger } from 'pino';
import type { Clock } from './clock';
import type { OverdueInstalments } from './overdue-instalments';
import type { OverdueTaskEscalation } from './overdue-task-escalation';
import { Periodic } from './periodic';

export const OVERDUE_SWEEP_INTERVAL_MS = 15 * 60 * 1000;

/**
 * The overdue sweep of the embedded mode: tasks past their promised date escalated to the
 * managers, loan instalments past due marked overdue. Both write history and are idempotent, so
 * running it often, or in several processes, only ever records each once.
 */
export class OverdueSweep {
  private readonly periodic: Periodic;

  constructor(
    private readonly escalation: OverdueTaskEscalation,
    private readonly instalments: OverdueInstalments,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {
    this.periodic = new Periodic('overdue sweep', () => this.runOnce().then(() => undefined), logger);
  }

  async runOnce(): Promise<{ escalatedTasks: string[]; overdueInstalments: number }> {
    const now = this.clock.now();
    const escalatedTasks = await this.escalation.escalateOverdueTasks(now);
    const overdueInstalments = (await this.instalments.markOverdueInstalments(now)).length;
    if (escalatedTasks.length + overdueInstalments > 0) this.logger.info({ escalatedTasks: escalatedTasks.length, overdueInstalments }, 'overdue sweep');
    return { escalatedTasks, overdueInstalments };
  }

  start(intervalMs = OVERDUE_SWEEP_INTERVAL_MS): void {
    this.periodic.start(intervalMs);
  }

  stop(): Promise<void> {
    return this.periodic.stop();
  }
}
