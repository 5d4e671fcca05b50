import { TOWNSHIPS } from '../../domain/enterprise/district';
import { ENTERPRISE_EVENT_TYPES } from '../../domain/enterprise/events';
import type { SeedStep } from './firm-history';
import { DEMO_AGENTS } from './demo-users';
import type { StepOutcome } from './step-runner';

export interface SeedSummary {
  /** The history's span, UTC ISO-8601. */
  from: string;
  to: string;
  firms: number;
  /** Events written per type, the credit-code reservations (CreditCodeReserved) included. */
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
  private readonly eventsByType: Record<string, number> = Object.fromEntries(['CreditCodeReserved', ...ENTERPRISE_EVENT_TYPES].map((type) => [type, 0]));
  private readonly firms = new Map<number, FirmTally>();
  private starterKitCostFen = 0;

  record(step: SeedStep, outcome: StepOutcome): void {
    if (step.action.kind === 'register') {
      this.count('CreditCodeReserved');
      this.firms.set(step.firm, { township: step.action.registration.township, agentId: null, licensed: false, blacklisted: false, deregistered: false });
    }
    const firm = this.firms.get(step.firm);
    if (!firm) throw new Error(`Firm ${step.firm} was not registered first`);
    for (const event of outcome.events) {
      this.count(event.type);
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

  summary(from: number, to: number): SeedSummary {
    const firms = [...this.firms.values()];
    const countBy = (keys: readonly string[], keyOf: (firm: FirmTally) => string | null): Record<string, number> =>
      Object.fromEntries(keys.map((key) => [key, firms.filter((firm) => keyOf(firm) === key).length]));
    return {
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      firms: firms.length,
      eventsByType: { ...this.eventsByType },
      events: Object.values(this.eventsByType).reduce((sum, count) => sum + count, 0),
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
    };
  }

  private count(type: string): void {
    this.eventsByType[type] = (this.eventsByType[type] ?? 0) + 1;
  }
}
