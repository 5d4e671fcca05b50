import { shanghaiDate } from '../programme/calendar-date';
import type { TaskEvent } from './events';
import type { TaskState } from './state';

export function evolveTask(state: TaskState, event: TaskEvent): TaskState {
  switch (event.type) {
    case 'TaskOpened': {
      const { enterpriseId, service, agentId } = event.data;
      return { ...state, status: 'opened', enterpriseId, service, ownerId: agentId };
    }
    case 'TaskAccepted':
      return { ...state, status: 'in-progress', acceptedOn: shanghaiDate(event.data.acceptedAt), dueOn: event.data.dueOn };
    case 'TaskMaterialsRequested':
      return { ...state, status: 'awaiting-materials', materialsRequested: true, pausedSince: shanghaiDate(event.data.requestedAt) };
    case 'TaskMaterialsReceived': {
      const pause = { from: state.pausedSince!, to: shanghaiDate(event.data.receivedAt) };
      return { ...state, status: 'in-progress', pausedSince: null, pauses: [...state.pauses, pause], dueOn: event.data.dueOn };
    }
    case 'CommitmentSigned':
      return { ...state, commitment: 'signed', committedItems: event.data.missingItems, materialsDueOn: event.data.materialsDueOn };
    case 'CommitmentFulfilled':
      return { ...state, commitment: 'fulfilled' };
    case 'CommitmentBreached':
      return { ...state, commitment: 'breached' };
    case 'PermitIssued':
    case 'PermitRevoked':
      return state; // the commitment decides; the permit only follows it
    case 'TaskCompleted':
      return { ...state, status: 'completed' };
    case 'TaskCancelled':
      return { ...state, status: 'cancelled' };
    case 'TaskHandedOver':
      return { ...state, ownerId: event.data.toAgentId };
    case 'TaskEscalated':
      return { ...state, escalatedForDueOn: event.data.dueOn };
    case 'TaskRated':
      return { ...state, rated: true };
    case 'RectificationOpened':
      return { ...state, rectification: 'open', rectificationDueOn: event.data.dueOn };
    case 'RectificationVerified':
      return { ...state, rectification: 'verified' };
    case 'RectificationCarriedOut':
      return { ...state, rectification: 'carried-out' };
    case 'RectificationAnswered':
      return { ...state, rectification: 'answered' };
    case 'ComplaintFiled':
      return { ...state, complaintsAnswered: [...state.complaintsAnswered, false] };
    case 'ComplaintAnswered':
      return { ...state, complaintsAnswered: state.complaintsAnswered.map((answered, index) => answered || index === event.data.complaintNo - 1) };
    default:
      return state; // an event this version does not know changes nothing it decides on
  }
}
