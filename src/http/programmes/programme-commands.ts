import type { z } from 'zod';
import type { Application } from '../../app/container';
import type { ProgrammeCommand } from '../../domain/programme/commands';
import type { ProgrammeState } from '../../domain/programme/state';
import { commandReply, refuseIfMatchOnCreation } from '../command-reply';
import { defineEndpoint, noParams, noQuery, type Endpoint } from '../endpoint';
import { notFound } from '../problem';
import { commandAnswer } from '../schemas';
import { adjustBudgetBody, closeProgrammeBody, programmeIdParams, publishProgrammeBody } from './programme-command-schemas';

const TAG = 'Programmes';

/** Publishing, funding and closing programmes is the district's decision: managers only. */
const ROLES = ['manager'] as const;

function programmeCommand<B extends z.ZodType>(
  app: Application,
  spec: { path: string; operationId: string; summary: string; body: B; command: (body: z.infer<B>) => ProgrammeCommand },
): Endpoint {
  return defineEndpoint({
    method: 'post',
    path: `/api/programmes/:id/${spec.path}`,
    operationId: spec.operationId,
    summary: spec.summary,
    tag: TAG,
    kind: 'command',
    roles: ROLES,
    params: programmeIdParams,
    query: noQuery,
    body: spec.body,
    responses: { 200: { description: 'Recorded (or nothing to record)', schema: commandAnswer } },
    handle: async ({ params, body, actor, expectedRevision, idempotencyKey, correlationId }) => {
      const authorize = (state: ProgrammeState): void => {
        if (state.status === 'none') throw notFound(`No programme ${params.id}`);
      };
      const result = await app.programmes.handle(params.id, spec.command(body), actor, { expectedRevision, idempotencyKey, correlationId, authorize });
      return commandReply(params.id, result, 200);
    },
  });
}

export function programmeCommands(app: Application): Endpoint[] {
  return [
    defineEndpoint({
      method: 'post',
      path: '/api/programmes',
      operationId: 'publishProgramme',
      summary: 'Publish a policy programme with its budget, cap per firm, eligibility rules and application window',
      tag: TAG,
      kind: 'command',
      roles: ROLES,
      params: noParams,
      query: noQuery,
      body: publishProgrammeBody,
      responses: { 201: { description: 'Published', schema: commandAnswer } },
      handle: async ({ body, actor, expectedRevision, idempotencyKey, correlationId }) => {
        refuseIfMatchOnCreation(expectedRevision, 'programme', 'a publication');
        const result = await app.programmes.publish(body, actor, { idempotencyKey, correlationId });
        return commandReply(result.programmeId, result, 201, `/api/programmes/${result.programmeId}`);
      },
    }),
    programmeCommand(app, {
      path: 'budget',
      operationId: 'adjustProgrammeBudget',
      summary: "Adjust a programme's budget, never below what approvals have committed",
      body: adjustBudgetBody,
      command: (body) => ({ type: 'AdjustProgrammeBudget', budgetFen: body.budgetFen, reason: body.reason }),
    }),
    programmeCommand(app, {
      path: 'closure',
      operationId: 'closeProgramme',
      summary: 'Close a programme: no further applications or approvals',
      body: closeProgrammeBody,
      command: (body) => ({ type: 'CloseProgramme', reason: body.reason }),
    }),
  ];
}
