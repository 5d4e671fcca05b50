import type { z } from 'zod';
import type { CommandResult } from '../../app/command-handler';
import type { TaskCommandOptions } from '../../app/tasks';
import type { Actor, Role } from '../../domain/decider';
import { commandReply } from '../command-reply';
import { defineEndpoint, noQuery, type Endpoint } from '../endpoint';
import { commandAnswer } from '../schemas';
import { taskAccess } from './task-access';
import { taskIdParams } from './task-command-schemas';

export const TASK_TAG = 'Tasks';

export interface TaskCommandSpec<B extends z.ZodType> {
  path: string;
  operationId: string;
  summary: string;
  roles: readonly Role[];
  body: B;
  run: (taskId: string, body: z.infer<B>, actor: Actor, options: TaskCommandOptions) => Promise<CommandResult>;
  /** For a command that creates something within the task: where it is now found (answered 201). */
  created?: (taskId: string, result: CommandResult) => string;
}

/** A command to an existing task, `POST /api/tasks/:id/<path>`, for the callers taskAccess lets act on it. */
export function taskCommand<B extends z.ZodType>(spec: TaskCommandSpec<B>): Endpoint {
  return defineEndpoint({
    method: 'post',
    path: `/api/tasks/:id/${spec.path}`,
    operationId: spec.operationId,
    summary: spec.summary,
    tag: TASK_TAG,
    kind: 'command',
    roles: spec.roles,
    params: taskIdParams,
    query: noQuery,
    body: spec.body,
    responses: spec.created ? { 201: { description: 'Recorded', schema: commandAnswer } } : { 200: { description: 'Recorded (or nothing to record)', schema: commandAnswer } },
    handle: async ({ params, body, actor, expectedRevision, idempotencyKey, correlationId }) => {
      const result = await spec.run(params.id, body, actor, { expectedRevision, idempotencyKey, correlationId, authorize: taskAccess(actor, params.id) });
      return spec.created ? commandReply(params.id, result, 201, spec.created(params.id, result)) : commandReply(params.id, result, 200);
    },
  });
}
