import type { SubsidyEvent } from './events';
import type { SubsidyState } from './state';

export function evolveSubsidy(state: SubsidyState, event: SubsidyEvent): SubsidyState {
  switch (event.type) {
    case 'SubsidyApplied': {
      const { programmeId, enterpriseId, requestedFen } = event.data;
      return { ...state, status: 'applied', programmeId, enterpriseId, requestedFen };
    }
    case 'MaterialsRequested':
      return { ...state, materialsRequests: state.materialsRequests + 1, outstandingMaterials: [...new Set([...state.outstandingMaterials, ...event.data.missingItems])] };
    case 'MaterialsSupplied':
      return { ...state, outstandingMaterials: state.outstandingMaterials.filter((item) => !event.data.items.includes(item)) };
    case 'SubsidyApproved':
      return { ...state, status: 'approved', approvedFen: event.data.approvedFen, approverId: event.data.approverId };
    case 'SubsidyRejected':
      return { ...state, status: 'rejected' };
    case 'SubsidyDisbursed':
      return {
        ...state,
        disbursedFen: state.disbursedFen + event.data.amountFen,
        paymentReferences: [...state.paymentReferences, event.data.paymentReference],
      };
    case 'SubsidyClawedBack':
      return { ...state, clawedBackFen: state.clawedBackFen + event.data.amountFen };
    case 'SubsidyClosed':
      return { ...state, status: 'closed' };
    default:
      return state; // an event this version does not know changes nothing it decides on
  }
}
