import type { TaskEvent } from '../../domain/task/events';
import type { Update } from '../../readstore/read-store';

/** What the queue sorts on for a task not yet accepted: after every due date. */
export const NO_DUE_DATE = '9999-12-31';

/** The document's change for an event that needs nothing but the event itself. */
export function taskUpdate(event: TaskEvent, actorId: string): Update | undefined {
  switch (event.type) {
    case 'TaskOpened': {
      const { taskId: _id, agentId, ...opened } = event.data;
      return {
        $set: {
          ...opened,
          firstContactAgentId: agentId,
          ownerId: agentId,
          status: 'opened',
          acceptedAt: null,
          dueOn: null,
          queueDate: NO_DUE_DATE,
          deadlineLive: false,
          pausedSince: null,
          pausedWorkingDays: 0,
          materialsRequest: null,
          materialsReceivedAt: null,
          handovers: [],
          escalations: [],
          commitment: null,
          permit: null,
          completion: null,
          cancellation: null,
          rating: null,
          rectification: null,
          complaints: [],
          complaintAnswers: [],
        },
      };
    }
    case 'TaskAccepted':
      return { $set: { status: 'in-progress', acceptedAt: event.data.acceptedAt, dueOn: event.data.dueOn, queueDate: event.data.dueOn, deadlineLive: true } };
    case 'TaskMaterialsReceived': {
      const { receivedAt, pausedWorkingDays, dueOn } = event.data;
      return {
        $set: { status: 'in-progress', materialsReceivedAt: receivedAt, pausedSince: null, dueOn, queueDate: dueOn, deadlineLive: true },
        $inc: { pausedWorkingDays },
      };
    }
    case 'CommitmentSigned':
      return { $set: { commitment: { status: 'signed', ...event.data, fulfilledAt: null, breachedAt: null } } };
    case 'PermitIssued':
      return { $set: { permit: { status: 'issued', issuedAt: event.data.issuedAt, revokedAt: null } } };
    case 'CommitmentFulfilled':
      return { $set: { 'commitment.status': 'fulfilled', 'commitment.fulfilledAt': event.data.fulfilledAt } };
    case 'CommitmentBreached':
      return { $set: { 'commitment.status': 'breached', 'commitment.breachedAt': event.data.breachedAt } };
    case 'PermitRevoked':
      return { $set: { 'permit.status': 'revoked', 'permit.revokedAt': event.data.revokedAt } };
    case 'TaskCompleted':
      return { $set: { status: 'completed', completion: event.data, deadlineLive: false } };
    case 'TaskCancelled':
      return { $set: { status: 'cancelled', cancellation: event.data, deadlineLive: false } };
    case 'TaskHandedOver':
      return { $set: { ownerId: event.data.toAgentId }, $push: { handovers: event.data } };
    case 'TaskEscalated':
      return { $push: { escalations: event.data } };
    case 'TaskRated':
      return { $set: { rating: { ...event.data, satisfied: event.data.level >= 3 } } };
    case 'RectificationOpened':
      return { $set: { rectification: { status: 'open', ...event.data, verification: null, action: null, answer: null } } };
    case 'RectificationVerified':
      return { $set: { 'rectification.status': 'verified', 'rectification.verification': { ...event.data, verifiedBy: actorId } } };
    case 'RectificationCarriedOut':
      return { $set: { 'rectification.status': 'carried-out', 'rectification.action': { ...event.data, carriedOutBy: actorId } } };
    case 'RectificationAnswered':
      return { $set: { 'rectification.status': 'answered', 'rectification.answer': { ...event.data, answeredBy: actorId } } };
    case 'ComplaintFiled':
      return { $push: { complaints: event.data } };
    case 'ComplaintAnswered':
      return { $push: { complaintAnswers: event.data } };
    default:
      return undefined;
  }
}
