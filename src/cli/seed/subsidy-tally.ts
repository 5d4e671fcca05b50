import type { Fen } from '../../domain/money';
import type { ProgrammePublished } from '../../domain/programme/events';
import type { SubsidyEvent } from '../../domain/subsidy/events';
import { evolveSubsidy } from '../../domain/subsidy/evolve';
import { initialSubsidyState, type SubsidyState } from '../../domain/subsidy/state';
import type { SeedStep } from './seed-steps';
import type { StepOutcome } from './step-executor';

/** Where an application stands, finer than its status says: money recovered from it outweighs the rest. */
export const APPLICATION_STATES = ['applied', 'awaiting-materials', 'approved', 'partly-disbursed', 'disbursed', 'closed', 'rejected', 'clawed-back'] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export function applicationState(state: SubsidyState): ApplicationState {
  if (state.clawedBackFen > 0) return 'clawed-back';
  switch (state.status) {
    case 'none':
    case 'applied':
      return state.outstandingMaterials.length > 0 ? 'awaiting-materials' : 'applied';
    case 'approved':
      if (state.disbursedFen === 0) return 'approved';
      return state.disbursedFen < state.approvedFen ? 'partly-disbursed' : 'disbursed';
    case 'rejected':
    case 'closed':
      return state.status;
  }
}

export interface MoneyTotals {
  approvedFen: Fen;
  disbursedFen: Fen;
  clawedBackFen: Fen;
}

export type ProgrammeSummary = MoneyTotals &
  Pick<ProgrammePublished['data'], 'name' | 'kind' | 'budgetFen' | 'capPerEnterpriseFen' | 'window' | 'deferredAmountDueOn'> & {
    closed: boolean;
    applications: number;
    /** Approvals the programme's ledger refused because its budget was spent. */
    budgetRefusals: number;
  };

export type SubsidySummary = MoneyTotals & {
  /** In the order of the district's catalogue. */
  programmes: ProgrammeSummary[];
  applications: number;
  applicationsByState: Record<ApplicationState, number>;
  budgetRefusals: number;
};

interface ProgrammeTally {
  published: ProgrammePublished['data'];
  closed: boolean;
  budgetRefusals: number;
}

/** Adds up the programmes and applications the seed wrote, folding each application's events as its stream does. */
export class SubsidyTally {
  private readonly programmes = new Map<number, ProgrammeTally>();
  private readonly applications = new Map<number, { programme: number; state: SubsidyState }>();

  record({ action }: SeedStep, outcome: StepOutcome): void {
    switch (action.kind) {
      case 'publish-programme': {
        const published = outcome.events.find((event): event is ProgrammePublished => event.type === 'ProgrammePublished');
        if (published) this.programmes.set(action.programme, { published: published.data, closed: false, budgetRefusals: 0 });
        return;
      }
      case 'close-programme':
        if (outcome.events.some((event) => event.type === 'ProgrammeClosed')) this.programmeOf(action.programme).closed = true;
        return;
      default: {
        if (!('application' in action)) return;
        if (action.kind === 'apply') this.applications.set(action.application, { programme: action.programme, state: initialSubsidyState });
        const application = this.applications.get(action.application);
        if (!application) throw new Error(`Application ${action.application} was not filed first`);
        application.state = (outcome.events as readonly SubsidyEvent[]).reduce(evolveSubsidy, application.state);
        if (outcome.refusal === 'budget-exceeded') this.programmeOf(application.programme).budgetRefusals += 1;
      }
    }
  }

  summary(): SubsidySummary {
    const applications = [...this.applications.values()];
    const programmes = [...this.programmes.entries()]
      .sort(([a], [b]) => a - b)
      .map(([index, { published, closed, budgetRefusals }]): ProgrammeSummary => {
        const own = applications.filter((application) => application.programme === index).map((application) => application.state);
        const { name, kind, budgetFen, capPerEnterpriseFen, window, deferredAmountDueOn } = published;
        return { name, kind, budgetFen, capPerEnterpriseFen, window, deferredAmountDueOn, closed, applications: own.length, ...moneyTotals(own), budgetRefusals };
      });
    const applicationsByState = Object.fromEntries(APPLICATION_STATES.map((state) => [state, 0])) as Record<ApplicationState, number>;
    for (const { state } of applications) applicationsByState[applicationState(state)] += 1;
    return {
      programmes,
      applications: applications.length,
      applicationsByState,
      ...moneyTotals(applications.map((application) => application.state)),
      budgetRefusals: programmes.reduce((sum, programme) => sum + programme.budgetRefusals, 0),
    };
  }

  private programmeOf(index: number): ProgrammeTally {
    const programme = this.programmes.get(index);
    if (!programme) throw new Error(`Programme ${index} was not published first`);
    return programme;
  }
}

/** What was approved, paid and recovered. */
function moneyTotals(states: readonly SubsidyState[]): MoneyTotals {
  const sum = (amount: (state: SubsidyState) => Fen): Fen => states.reduce((total, state) => total + amount(state), 0);
  return {
    approvedFen: sum((state) => state.approvedFen),
    disbursedFen: sum((state) => state.disbursedFen),
    clawedBackFen: sum((state) => state.clawedBackFen),
  };
}
