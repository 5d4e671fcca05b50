import type { CommandOptions } from '../../app/command-handler';
import type { Lane } from './seed-lanes';
import type { SeedAction, SeedStep } from './seed-steps';
import type { StepOutcome } from './step-executor';

export type GrantOrLoanAction = Extract<SeedAction, { grant: number } | { loan: number }>;

/** Runs talent grant, credit line and loan steps through their services, and remembers the ids they gave the plan's grants and loans. */
export class GrantAndLoanStepExecutor {
  private readonly talentIds = new Map<number, string>();
  private readonly loanIds = new Map<number, string>();

  constructor(private readonly enterpriseIdOf: (firm: number) => string) {}

  async execute(lane: Lane, { actor }: SeedStep, action: GrantOrLoanAction, options: CommandOptions): Promise<StepOutcome> {
    switch (action.kind) {
      case 'award-grant': {
        const result = await lane.talentGrants.award({ ...action.award, enterpriseId: this.enterpriseIdOf(action.firm) }, actor, options);
        this.talentIds.set(action.grant, result.talentId);
        return result;
      }
      case 'grant-command':
        return lane.talentGrants.handle(idOf(this.talentIds, action.grant, 'grant'), action.request, actor, options);
      case 'grant-credit-line': {
        const result = await lane.loans.grantCreditLine({ ...action.line, enterpriseId: this.enterpriseIdOf(action.firm) }, actor, options);
        this.loanIds.set(action.loan, result.loanId);
        return result;
      }
      case 'apply-for-loan': {
        const result = await lane.loans.apply({ ...action.terms, enterpriseId: this.enterpriseIdOf(action.firm) }, actor, options);
        this.loanIds.set(action.loan, result.loanId);
        return result;
      }
      case 'loan-command':
        return lane.loans.handle(idOf(this.loanIds, action.loan, 'loan'), action.request, actor, options);
    }
  }
}

function idOf(ids: ReadonlyMap<number, string>, index: number, what: string): string {
  const id = ids.get(index);
  if (id === undefined) throw new Error(`The plan's ${what} ${index} has no id: the step that creates it did not run`);
  return id;
}
