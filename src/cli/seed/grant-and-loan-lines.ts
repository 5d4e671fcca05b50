import type { GrantSummary, LoanSummary } from './grant-and-loan-tally';
import { list, yuan } from './summary-format';

/** The grants' and loans' part of the seed's summary, as readable lines. */
export function describeGrantsAndLoans(grants: GrantSummary, loans: LoanSummary): string[] {
  return [
    `talent:     ${grants.grants} grants (${list(grants.grantsByState)}); housing subsidies ${grants.housingSubsidiesPaid} paid ${yuan(grants.housingSubsidyPaidFen)}, allowances ${grants.allowanceMonthsPaid} months paid ${yuan(grants.allowancePaidFen)}`,
    `credit:     ${loans.creditLines} credit lines ${yuan(loans.creditLineFen)}`,
    `loans:      ${loans.loans} (${list(loans.loansByState)}); disbursed ${yuan(loans.disbursedFen)} = repaid ${yuan(loans.repaidFen)} + outstanding ${yuan(loans.outstandingFen)}; ${loans.instalmentsMarkedOverdue} instalments marked overdue`,
  ];
}
