import type { Decider } from '../decider';
import type { LoanCommand } from './commands';
import { decideLoan } from './decide';
import type { LoanEvent } from './events';
import { evolveLoan } from './evolve';
import { initialLoanState, type LoanState } from './state';

/** Credit lines and guaranteed loans alike: DOMAIN.md's "Loans and credit" is one stream type. */
export const loanStream = (loanId: string): string => `loan-${loanId}`;
export const LOAN_STREAM_PREFIX = 'loan-';

export const loanDecider: Decider<LoanCommand, LoanEvent, LoanState> = {
  initialState: initialLoanState,
  decide: decideLoan,
  evolve: evolveLoan,
};
