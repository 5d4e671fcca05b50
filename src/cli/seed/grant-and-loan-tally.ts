import type { LoanEvent } from '../../domain/loan/events';
import { evolveLoan } from '../../domain/loan/evolve';
import { initialLoanState, outstandingFen, type LoanState, type LoanStatus } from '../../domain/loan/state';
import type { TalentEvent } from '../../domain/talent/events';
import { evolveTalent } from '../../domain/talent/evolve';
import { initialTalentState, type TalentGrantStatus, type TalentState } from '../../domain/talent/state';
import type { GrantOrLoanAction } from './grant-and-loan-step-executor';
import type { StepOutcome } from './step-executor';

export const GRANT_STATES = ['active', 'suspended', 'ended'] as const satisfies readonly TalentGrantStatus[];
export const LOAN_STATES = ['applied', 'approved', 'rejected', 'disbursed', 'settled'] as const satisfies readonly LoanStatus[];

export interface GrantSummary {
  grants: number;
  grantsByState: Record<(typeof GRANT_STATES)[number], number>;
  housingSubsidiesPaid: number;
  housingSubsidyPaidFen: number;
  allowanceMonthsPaid: number;
  allowancePaidFen: number;
}

export interface LoanSummary {
  creditLines: number;
  creditLineFen: number;
  loans: number;
  loansByState: Record<(typeof LOAN_STATES)[number], number>;
  /** Disbursed = repaid + outstanding. */
  disbursedFen: number;
  repaidFen: number;
  outstandingFen: number;
  instalmentsMarkedOverdue: number;
}

/** Adds up the talent grants, credit lines and loans the seed wrote, folding each one's events as its stream does. */
export class GrantAndLoanTally {
  private readonly grants = new Map<number, { state: TalentState; housingSubsidyPaidFen: number; allowancePaidFen: number; monthsPaid: number }>();
  private readonly loans = new Map<number, { state: LoanState; creditLineFen: number }>();

  record(action: GrantOrLoanAction, outcome: StepOutcome): void {
    if ('grant' in action) return this.recordGrant(action.grant, outcome.events as readonly TalentEvent[]);
    const loan = this.loans.get(action.loan) ?? { state: initialLoanState, creditLineFen: 0 };
    for (const event of outcome.events as readonly LoanEvent[]) {
      loan.state = evolveLoan(loan.state, event);
      if (event.type === 'CreditLineGranted') loan.creditLineFen = event.data.amountFen;
    }
    this.loans.set(action.loan, loan);
  }

  private recordGrant(index: number, events: readonly TalentEvent[]): void {
    const grant = this.grants.get(index) ?? { state: initialTalentState, housingSubsidyPaidFen: 0, allowancePaidFen: 0, monthsPaid: 0 };
    for (const event of events) {
      grant.state = evolveTalent(grant.state, event);
      if (event.type === 'HousingSubsidyPaid') grant.housingSubsidyPaidFen += event.data.amountFen;
      if (event.type === 'MonthlyAllowancePaid') {
        grant.allowancePaidFen += event.data.amountFen;
        grant.monthsPaid += 1;
      }
    }
    this.grants.set(index, grant);
  }

  grantSummary(): GrantSummary {
    const grants = [...this.grants.values()].filter(({ state }) => state.status !== 'none');
    const sum = (figure: (grant: (typeof grants)[number]) => number): number => grants.reduce((total, grant) => total + figure(grant), 0);
    const grantsByState = Object.fromEntries(GRANT_STATES.map((status) => [status, grants.filter(({ state }) => state.status === status).length])) as GrantSummary['grantsByState'];
    return {
      grants: grants.length,
      grantsByState,
      housingSubsidiesPaid: grants.filter(({ state }) => state.housingSubsidyPaid).length,
      housingSubsidyPaidFen: sum((grant) => grant.housingSubsidyPaidFen),
      allowanceMonthsPaid: sum((grant) => grant.monthsPaid),
      allowancePaidFen: sum((grant) => grant.allowancePaidFen),
    };
  }

  loanSummary(): LoanSummary {
    const all = [...this.loans.values()];
    const creditLines = all.filter(({ state }) => state.status === 'credit-line');
    const loans = all.filter(({ state }) => state.status !== 'credit-line' && state.status !== 'none').map(({ state }) => state);
    const paidOut = loans.filter((loan) => loan.instalments.length > 0);
    const sum = <T>(items: readonly T[], figure: (item: T) => number): number => items.reduce((total, item) => total + figure(item), 0);
    return {
      creditLines: creditLines.length,
      creditLineFen: sum(creditLines, (line) => line.creditLineFen),
      loans: loans.length,
      loansByState: Object.fromEntries(LOAN_STATES.map((status) => [status, loans.filter((loan) => loan.status === status).length])) as LoanSummary['loansByState'],
      disbursedFen: sum(paidOut, (loan) => loan.amountFen),
      repaidFen: sum(paidOut, (loan) => sum(loan.instalments, (instalment) => instalment.repaidFen)),
      outstandingFen: sum(paidOut, outstandingFen),
      instalmentsMarkedOverdue: sum(paidOut, (loan) => loan.instalments.filter((instalment) => instalment.markedOverdue).length),
    };
  }
}
