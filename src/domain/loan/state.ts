import type { Fen } from '../money';
import type { ScheduledInstalment } from './repayment-schedule';

/** `credit-line`: the stream records a bank's credit line; every other status is a guaranteed loan's. */
export type LoanStatus = 'none' | 'credit-line' | 'applied' | 'approved' | 'rejected' | 'disbursed' | 'settled';

export interface Instalment extends ScheduledInstalment {
  repaidFen: Fen;
  markedOverdue: boolean;
}

export interface LoanState {
  status: LoanStatus;
  amountFen: Fen;
  termMonths: number;
  approverId: string | null;
  instalments: Instalment[];
}

export const initialLoanState: LoanState = {
  status: 'none',
  amountFen: 0,
  termMonths: 0,
  approverId: null,
  instalments: [],
};

export const owedFen = (instalment: Instalment): Fen => instalment.principalFen - instalment.repaidFen;

export const outstandingFen = (loan: LoanState): Fen => loan.instalments.reduce((total, instalment) => total + owedFen(instalment), 0);
