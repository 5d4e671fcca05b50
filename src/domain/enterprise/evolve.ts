import type { EnterpriseEvent } from './events';
import type { EnterpriseState } from './state';

export function evolveEnterprise(state: EnterpriseState, event: EnterpriseEvent): EnterpriseState {
  switch (event.type) {
    case 'EnterpriseRegistered':
      return { ...state, status: 'registered', registeredAt: event.data.registeredAt };
    case 'LicenceIssued':
      return { ...state, status: 'licensed', licensed: true };
    case 'StarterKitIssued':
      return { ...state, starterKitIssued: true };
    case 'ConciergeAssigned':
      return { ...state, agentId: event.data.agentId };
    case 'EnterpriseBlacklisted':
      return { ...state, blacklisted: true };
    case 'BlacklistLifted':
      return { ...state, blacklisted: false };
    case 'EnterpriseDeregistered':
      return { ...state, status: 'deregistered' };
    case 'CreditMarked':
      return { ...state, creditMarks: [...state.creditMarks, { taskId: event.data.taskId, repaired: false }] };
    case 'CreditRepaired':
      return { ...state, creditMarks: state.creditMarks.map((mark) => (event.data.taskIds.includes(mark.taskId) ? { ...mark, repaired: true } : mark)) };
    default:
      return state; // an event this version does not know changes nothing it decides on
  }
}
