import type { LoanEvent } from './events';
import type { Instalment, LoanState } from './state';

export function evolveLoan(state: LoanState, event: LoanEvent): LoanState {
  switch (event.type) {
    case 'CreditLineGranted':
      return { ...state, status: 'credit-line' };
    case 'LoanApplied':
      return { ...state, status: 'applied', amountFen: event.data.amountFen, termMonths: event.data.termMonths };
    case 'LoanApproved':
      return { ...state, status: 'approved', approverId: event.data.approvedBy };
    case 'LoanRejected':
      return { ...state, status: 'rejected' };
    case 'LoanDisbursed':
      return { ...state, status: 'disbursed', instalments: event.data.instalments.map((scheduled) => ({ ...scheduled, repaidFen: 0, markedOverdue: false })) };
    case 'InstalmentRepaid':
      return withInstalment(state, event.data.instalment, (instalment) => ({ ...instalment, repaidFen: instalment.repaidFen + event.data.amountFen }));
    case 'InstalmentOverdue':
      return withInstalment(state, event.data.instalment, (instalment) => ({ ...instalment, markedOverdue: true }));
    case 'LoanSettled':
      return { ...state, status: 'settled' };
    default:
      return state; // an event this version does not know changes nothing it decides on
  }
}

const withInstalment = (state: LoanState, number: number, change: (instalment: Instalment) => Instalment): LoanState => ({
  ...state,
  instalments: state.instalments.map((instalment) => (instalment.instalment === number ? change(instalment) : instalment)),
});
