import { TOWNSHIPS } from '../../domain/enterprise/district';
import { DEMO_AGENTS } from '../../app/demo-users';
import type { SeedStep } from './seed-steps';
import type { StepOutcome } from './step-executor';
import { GrantAndLoanTally, type GrantSummary, type LoanSummary } from './grant-and-loan-tally';
import { SubsidyTally, type SubsidySummary } from './subsidy-tally';
import { TaskTally, type TaskSummary } from './task-tally';

export interface SeedSummary extends SubsidySummary {
  /** The history's span, UTC ISO-8601. */
  from: string;
  to: string;
  firms: number;
  /** Events written per type, the reservations of credit codes and payment references included. */
  eventsByType: Record<string, number>;
  events: number;
  firmsByTownship: Record<string, number>;
  /** Firms per concierge holding them at the end of the history. */
  firmsByAgent: Record<string, number>;
  unassigned: number;
  waitingForLicence: number;
  starterKitCostFen: number;
  /** On the blacklist at the end of the history. */
  blacklisted: number;
  deregistered: number;
  tasks: TaskSummary;
  grants: GrantSummary;
  /** Credit lines and guaranteed loans. */
  loans: LoanSummary;
}

interface FirmTally {
  township: string;
  agentId: string | null;
  licensed: boolean;
  blacklisted: boolean;
  deregistered: boolean;
}

/** Adds up what the seed wrote, from the events each command decided. */
export class SeedTally {
  private readonly firms = new Map<number, FirmTally>();
  private readonly subsidies = new SubsidyTally();
  private readonly tasks = new TaskTally();
  private readonly grantsAndLoans = new GrantAndLoanTally();
  private starterKitCostFen = 0;

  record(step: SeedStep, outcome: StepOutcome): void {
    const { action } = step;
    if ('task' in action) return this.tasks.record(action.task, outcome);
    if ('grant' in action || 'loan' in action) return this.grantsAndLoans.record(action, outcome);
    if (action.kind !== 'register' && action.kind !== 'firm-command') return this.subsidies.record(step, outcome);
    if (action.kind === 'register') {
      this.firms.set(action.firm, { township: action.registration.township, agentId: null, licensed: false, blacklisted: false, deregistered: false });
    }
    const firm = this.firms.get(action.firm);
    if (!firm) throw new Error(`Firm ${action.firm} was not registered first`);
    for (const event of outcome.events) {
      const data = event.data as Record<string, unknown>;
      switch (event.type) {
        case 'ConciergeAssigned':
          firm.agentId = String(data['agentId']);
          break;
        case 'LicenceIssued':
          firm.licensed = true;
          break;
        case 'StarterKitIssued':
          this.starterKitCostFen += Number(data['costFen']);
          break;
        case 'EnterpriseBlacklisted':
          firm.blacklisted = true;
          break;
        case 'BlacklistLifted':
          firm.blacklisted = false;
          break;
        case 'EnterpriseDeregistered':
          firm.deregistered = true;
          break;
      }
    }
  }

  /** `eventsByType` comes from the log (see eventCountsAfter). */
  summary(from: number, to: number, eventsByType: Record<string, number>): SeedSummary {
    const firms = [...this.firms.values()];
    const countBy = (keys: readonly string[], keyOf: (firm: FirmTally) => string | null): Record<string, number> =>
      Object.fromEntries(keys.map((key) => [key, firms.filter((firm) => keyOf(firm) === key).length]));
    return {
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      firms: firms.length,
      eventsByType,
      events: Object.values(eventsByType).reduce((sum, count) => sum + count, 0),
      firmsByTownship: countBy(TOWNSHIPS, (firm) => firm.township),
      firmsByAgent: countBy(
        DEMO_AGENTS.map((agent) => agent.id),
        (firm) => firm.agentId,
      ),
      unassigned: firms.filter((firm) => firm.agentId === null).length,
      waitingForLicence: firms.filter((firm) => !firm.licensed && !firm.deregistered).length,
      starterKitCostFen: this.starterKitCostFen,
      blacklisted: firms.filter((firm) => firm.blacklisted).length,
      deregistered: firms.filter((firm) => firm.deregistered).length,
      ...this.subsidies.summary(),
      tasks: this.tasks.summary(),
      grants: this.grantsAndLoans.grantSummary(),
      loans: this.grantsAndLoans.loanSummary(),
    };
  }
}
