import type { Logger } from 'pino';
import type { Clock } from './clock';
import type { OverdueInstalments } from './overdue-instalments';
import type { OverdueTaskEscalation } from './overdue-task-escalation';

/**
 * The overdue sweep, run daily by the scheduler: tasks past their promised date escalated to the
 * managers, loan instalments past due marked overdue. Both write history and are idempotent, so
 * running it again, or in several processes, only ever records each once.
 */
export class OverdueSweep {
  constructor(
    private readonly escalation: OverdueTaskEscalation,
    private readonly instalments: OverdueInstalments,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async runOnce(): Promise<{ escalatedTasks: string[]; overdueInstalments: number }> {
    const now = this.clock.now();
    const escalatedTasks = await this.escalation.escalateOverdueTasks(now);
    const overdueInstalments = (await this.instalments.markOverdueInstalments(now)).length;
    if (escalatedTasks.length + overdueInstalments > 0) this.logger.info({ escalatedTasks: escalatedTasks.length, overdueInstalments }, 'overdue sweep');
    return { escalatedTasks, overdueInstalments };
  }
}
