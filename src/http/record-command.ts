import { z } from 'zod';
import type { CommandOptions, CommandResult } from '../app/command-handler';
import type { Actor, Role } from '../domain/decider';
import { commandReply } from './command-reply';
import { defineEndpoint, noQuery, type Endpoint } from './endpoint';
import { notFound } from './problem';
import { commandAnswer } from './schemas';

export const recordIdParams = z.strictObject({ id: z.string().min(1).max(100) });

/** Says 404 for a record never created; the roles an endpoint lets in may act on every record of its kind. */
export type RecordCommandOptions = CommandOptions & { authorize: (record: { status: string }) => void };

export interface RecordCommandSpec<B extends z.ZodType> {
  /** The collection's path, such as `/api/loans`. */
  collection: string;
  /** What the record is called in a 404, such as `loan`. */
  noun: string;
  tag: string;
  path: string;
  operationId: string;
  summary: string;
  roles: readonly Role[];
  body: B;
  run: (id: string, body: z.infer<B>, actor: Actor, options: RecordCommandOptions) => Promise<CommandResult>;
}

/** `POST <collection>/:id/<path>`: a command to a record of a kind that staff roles work on whatever firm it is for. */
export function recordCommand<B extends z.ZodType>(spec: RecordCommandSpec<B>): Endpoint {
  return defineEndpoint({
    method: 'post',
    path: `${spec.collection}/:id/${spec.path}`,
    operationId: spec.operationId,
    summary: spec.summary,
    tag: spec.tag,
    kind: 'command',
    roles: spec.roles,
    params: recordIdParams,
    query: noQuery,
    body: spec.body,
    responses: { 200: { description: 'Recorded (or nothing to record)', schema: commandAnswer } },
    handle: async ({ params, body, actor, expectedRevision, idempotencyKey, correlationId }) => {
      const authorize = ({ status }: { status: string }): void => {
        if (status === 'none') throw notFound(`No ${spec.noun} ${params.id}`);
      };
      const result = await spec.run(params.id, body, actor, { expectedRevision, idempotencyKey, correlationId, authorize });
      return commandReply(params.id, result, 200);
    },
  });
}
