import type { Application } from '../../app/container';
import { commandReply, refuseIfMatchOnCreation } from '../command-reply';
import { defineEndpoint, noBody, noParams, noQuery, type Endpoint } from '../endpoint';
import { commandAnswer } from '../schemas';
import { TASK_TAG, taskCommand } from './task-command';
import { cancellationBody, completionBody, handoverBody, materialsRequestBody, openTaskBody } from './task-command-schemas';

/** A task's paperwork, done by the agent who owns it: from opening to completion, cancellation or hand-over, and its escalation when overdue. */
export function taskWorkCommands(app: Application): Endpoint[] {
  const { tasks } = app;
  return [
    defineEndpoint({
      method: 'post',
      path: '/api/tasks',
      operationId: 'openTask',
      summary: 'Open an agency task (全程代办) for any firm: the agent who opens it owns it (首问负责制) until it is handed over',
      tag: TASK_TAG,
      kind: 'command',
      roles: ['agent'],
      params: noParams,
      query: noQuery,
      body: openTaskBody,
      responses: { 201: { description: 'Opened', schema: commandAnswer } },
      handle: async ({ body, actor, expectedRevision, idempotencyKey, correlationId }) => {
        refuseIfMatchOnCreation(expectedRevision, 'task', 'a task being opened');
        const result = await tasks.open(body, actor, { idempotencyKey, correlationId });
        return commandReply(result.taskId, result, 201, `/api/tasks/${result.taskId}`);
      },
    }),
    taskCommand({
      path: 'acceptance',
      operationId: 'acceptTask',
      summary: "Accept the task: it is due the catalogue's promised working days later",
      roles: ['agent'],
      body: noBody,
      run: (id, _body, actor, options) => tasks.handle(id, { type: 'AcceptTask' }, actor, options),
    }),
    taskCommand({
      path: 'materials-request',
      operationId: 'requestTaskMaterials',
      summary: "Ask the firm for every missing item at once (一次性告知); the task's clock stands still until they arrive",
      roles: ['agent'],
      body: materialsRequestBody,
      run: (id, body, actor, options) => tasks.handle(id, { type: 'RequestMaterials', missingItems: body.missingItems }, actor, options),
    }),
    taskCommand({
      path: 'materials',
      operationId: 'receiveTaskMaterials',
      summary: "Record the requested materials as received: the clock runs again and the due date moves by the working days it stood still",
      roles: ['agent', 'enterprise'],
      body: noBody,
      run: (id, _body, actor, options) => tasks.handle(id, { type: 'ReceiveMaterials' }, actor, options),
    }),
    taskCommand({
      path: 'completion',
      operationId: 'completeTask',
      summary: 'Complete the task with its outcome and the cost it saved the firm',
      roles: ['agent'],
      body: completionBody,
      run: (id, body, actor, options) => tasks.handle(id, { type: 'CompleteTask', outcome: body.outcome, costSavedFen: body.costSavedFen }, actor, options),
    }),
    taskCommand({
      path: 'cancellation',
      operationId: 'cancelTask',
      summary: 'Cancel the task, with a reason; not once a permit was issued on a commitment',
      roles: ['agent'],
      body: cancellationBody,
      run: (id, body, actor, options) => tasks.handle(id, { type: 'CancelTask', reason: body.reason }, actor, options),
    }),
    taskCommand({
      path: 'handover',
      operationId: 'handOverTask',
      summary: 'Hand the task over to another agent, who owns it from then on',
      roles: ['agent', 'manager'],
      body: handoverBody,
      run: (id, body, actor, options) => tasks.handle(id, { type: 'HandOverTask', toAgentId: body.toAgentId, reason: body.reason }, actor, options),
    }),
    taskCommand({
      path: 'escalation',
      operationId: 'escalateTask',
      summary: 'Escalate a task past its due date to the managers (责任追究); once per due date',
      roles: ['manager'],
      body: noBody,
      run: (id, _body, actor, options) => tasks.handle(id, { type: 'EscalateOverdueTask' }, actor, options),
    }),
  ];
}
