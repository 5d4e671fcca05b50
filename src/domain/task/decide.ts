import { addWorkingDays, workingDaysBetween } from '../calendar/working-days';
import type { Actor, CommandContext } from '../decider';
import { DomainError } from '../domain-error';
import { materialsList } from '../materials-list';
import { assertFen } from '../money';
import { shanghaiDate } from '../programme/calendar-date';
import type { CompleteTask, HandOverTask, OpenTask, ReceiveMaterials, TaskCommand } from './commands';
import { decideCommitment } from './commitment';
import type { TaskEvent } from './events';
import { decideFeedback } from './feedback';
import { assertFirmRegistered } from './firm-facts';
import { assertInProgress, assertNotClosed, type TaskState } from './state';

export function decideTask(command: TaskCommand, state: TaskState, context: CommandContext): TaskEvent[] {
  if (command.type === 'OpenTask') return open(command, state, context);
  if (state.status === 'none') throw new DomainError('task-not-found', 'No task is open under this id');
  const { now, actor } = context;
  switch (command.type) {
    case 'AcceptTask':
      assertNotClosed(state);
      if (state.status !== 'opened') throw new DomainError('task-already-accepted', 'The task is already accepted');
      return [{ type: 'TaskAccepted', data: { acceptedAt: now, dueOn: addWorkingDays(command.calendar, shanghaiDate(now), state.service!.promisedWorkingDays) } }];
    case 'RequestMaterials':
      assertNotClosed(state);
      if (state.materialsRequested) {
        throw new DomainError('materials-already-requested', 'Every missing item is requested at once (一次性告知): there is no second request');
      }
      assertInProgress(state);
      return [{ type: 'TaskMaterialsRequested', data: { missingItems: materialsList(command.missingItems, 'missingItems'), requestedAt: now } }];
    case 'ReceiveMaterials':
      return receiveMaterials(command, state, now);
    case 'CompleteTask':
      return complete(command, state, now);
    case 'CancelTask':
      assertNotClosed(state);
      if (state.commitment !== 'none') throw new DomainError('permit-issued', "A permit was issued on the firm's commitment: the task stands");
      return [{ type: 'TaskCancelled', data: { reason: command.reason, cancelledAt: now } }];
    case 'HandOverTask':
      return handOver(command, state, now, actor);
    case 'EscalateOverdueTask':
      return escalate(state, now);
    case 'SignCommitment':
    case 'FulfilCommitment':
    case 'BreachCommitment':
      return decideCommitment(command, state, context);
    default:
      return decideFeedback(command, state, context);
  }
}

function open(command: OpenTask, state: TaskState, { now, actor }: CommandContext): TaskEvent[] {
  if (state.status !== 'none') throw new DomainError('task-already-opened', 'This task is already open');
  // 首问负责制: whoever opens the task owns it, so only an agent may.
  if (actor.role !== 'agent') throw new DomainError('opener-not-agent', 'A task is opened by the agent who will own it');
  assertFirmRegistered(command.enterprise);
  const { taskId, enterpriseId, keyProject, service } = command;
  if (service === null) throw new DomainError('service-not-found', 'The service is not in the catalogue', { field: 'serviceCode' });
  return [{ type: 'TaskOpened', data: { taskId, enterpriseId, service, agentId: actor.id, keyProject, openedAt: now } }];
}

function receiveMaterials({ calendar }: ReceiveMaterials, state: TaskState, now: string): TaskEvent[] {
  assertNotClosed(state);
  if (state.status !== 'awaiting-materials') {
    if (state.materialsRequested) throw new DomainError('materials-already-received', 'The requested materials were already received');
    throw new DomainError('no-materials-requested', 'No materials were requested');
  }
  const pause = { from: state.pausedSince!, to: shanghaiDate(now) };
  const dueOn = addWorkingDays(calendar, state.acceptedOn!, state.service!.promisedWorkingDays, [...state.pauses, pause]);
  return [{ type: 'TaskMaterialsReceived', data: { receivedAt: now, pausedWorkingDays: workingDaysBetween(calendar, pause.from, pause.to), dueOn } }];
}

function complete({ outcome, costSavedFen, calendar }: CompleteTask, state: TaskState, now: string): TaskEvent[] {
  assertInProgress(state);
  const completedOn = shanghaiDate(now);
  const workingDaysTaken = workingDaysBetween(calendar, state.acceptedOn!, completedOn, state.pauses);
  return [
    {
      type: 'TaskCompleted',
      data: { outcome, costSavedFen: assertFen(costSavedFen, 'costSavedFen'), workingDaysTaken, onTime: completedOn <= state.dueOn!, completedAt: now },
    },
  ];
}

function handOver({ toAgentId, reason }: HandOverTask, state: TaskState, now: string, actor: Actor): TaskEvent[] {
  if (state.status === 'cancelled') throw new DomainError('task-cancelled', 'The task is cancelled');
  const fromAgentId = state.ownerId!;
  if (actor.role === 'agent' && actor.id !== fromAgentId) {
    throw new DomainError('not-task-owner', 'Only the agent who owns the task hands it over', { ownerId: fromAgentId });
  }
  if (toAgentId === fromAgentId) throw new DomainError('already-task-owner', 'The task is already theirs', { field: 'toAgentId' });
  return [{ type: 'TaskHandedOver', data: { fromAgentId, toAgentId, reason, handedOverAt: now } }];
}

function escalate(state: TaskState, now: string): TaskEvent[] {
  assertNotClosed(state);
  if (state.status === 'opened') throw new DomainError('task-not-accepted', 'The task is not accepted yet');
  const dueOn = state.dueOn!;
  if (state.escalatedForDueOn === dueOn) return [];
  // A pause that began before the due date will move it; one that began after cannot.
  const clockStoppedInTime = state.pausedSince !== null && state.pausedSince < dueOn;
  if (shanghaiDate(now) <= dueOn || clockStoppedInTime) throw new DomainError('task-not-overdue', 'The task is not past its due date', { dueOn });
  return [{ type: 'TaskEscalated', data: { dueOn, agentId: state.ownerId!, escalatedAt: now } }];
}
