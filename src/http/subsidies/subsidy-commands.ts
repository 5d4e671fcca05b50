import type { z } from 'zod';
import type { CommandResult } from '../../app/command-handler';
import type { Application } from '../../app/container';
import type { SubsidyCommandOptions } from '../../app/subsidy-record';
import type { Actor, Role } from '../../domain/decider';
import { commandReply, refuseIfMatchOnCreation } from '../command-reply';
import { defineEndpoint, noBody, noParams, noQuery, type Endpoint } from '../endpoint';
import { commandAnswer } from '../schemas';
import { applicantAccess, subsidyAccess } from './subsidy-access';
import { applyBody, approvalBody, clawbackBody, disbursementBody, materialsBody, materialsRequestBody, rejectionBody, subsidyIdParams } from './subsidy-command-schemas';

const TAG = 'Subsidies';

interface SubsidyCommandSpec<B extends z.ZodType> {
  path: string;
  operationId: string;
  summary: string;
  roles: readonly Role[];
  body: B;
  run: (subsidyId: string, body: z.infer<B>, actor: Actor, options: SubsidyCommandOptions) => Promise<CommandResult>;
}

function subsidyCommand<B extends z.ZodType>(spec: SubsidyCommandSpec<B>): Endpoint {
  return defineEndpoint({
    method: 'post',
    path: `/api/subsidies/:id/${spec.path}`,
    operationId: spec.operationId,
    summary: spec.summary,
    tag: TAG,
    kind: 'command',
    roles: spec.roles,
    params: subsidyIdParams,
    query: noQuery,
    body: spec.body,
    responses: { 200: { description: 'Recorded (or nothing to record)', schema: commandAnswer } },
    handle: async ({ params, body, actor, expectedRevision, idempotencyKey, correlationId }) => {
      const result = await spec.run(params.id, body, actor, { expectedRevision, idempotencyKey, correlationId, authorize: subsidyAccess(actor) });
      return commandReply(params.id, result, 200);
    },
  });
}

export function subsidyCommands(app: Application): Endpoint[] {
  const { subsidyApplications: applications, subsidyDecisions: decisions, subsidyPayments: payments } = app;
  return [
    defineEndpoint({
      method: 'post',
      path: '/api/subsidies',
      operationId: 'applyForSubsidy',
      summary: "File a subsidy application on a firm's behalf",
      tag: TAG,
      kind: 'command',
      roles: ['agent'],
      params: noParams,
      query: noQuery,
      body: applyBody,
      responses: { 201: { description: 'Filed', schema: commandAnswer } },
      handle: async ({ body, actor, expectedRevision, idempotencyKey, correlationId }) => {
        refuseIfMatchOnCreation(expectedRevision, 'application', 'an application being filed');
        const authorize = applicantAccess(actor, body.enterpriseId);
        const result = await applications.apply(body, actor, { idempotencyKey, correlationId, authorize });
        return commandReply(result.subsidyId, result, 201, `/api/subsidies/${result.subsidyId}`);
      },
    }),
    subsidyCommand({
      path: 'materials-request',
      operationId: 'requestSubsidyMaterials',
      summary: 'List every missing material at once (一次性告知); a second request needs a manager',
      roles: ['agent', 'manager'],
      body: materialsRequestBody,
      run: (id, body, actor, options) => applications.handle(id, { type: 'RequestMaterials', missingItems: body.missingItems }, actor, options),
    }),
    subsidyCommand({
      path: 'materials',
      operationId: 'supplySubsidyMaterials',
      summary: 'Supply requested materials',
      roles: ['agent', 'enterprise'],
      body: materialsBody,
      run: (id, body, actor, options) => applications.handle(id, { type: 'SupplyMaterials', items: body.items }, actor, options),
    }),
    subsidyCommand({
      path: 'approval',
      operationId: 'approveSubsidy',
      summary: "Approve an amount up to the one requested, within the programme's budget and cap per firm",
      roles: ['manager'],
      body: approvalBody,
      run: (id, body, actor, options) => decisions.approve(id, body.approvedFen, actor, options),
    }),
    subsidyCommand({
      path: 'rejection',
      operationId: 'rejectSubsidy',
      summary: 'Reject an application, with a reason',
      roles: ['manager'],
      body: rejectionBody,
      run: (id, body, actor, options) => decisions.reject(id, body.reason, actor, options),
    }),
    subsidyCommand({
      path: 'disbursements',
      operationId: 'disburseSubsidy',
      summary: 'Record a tranche paid under a payment reference never used before; never by the officer who approved',
      roles: ['finance'],
      body: disbursementBody,
      run: (id, body, actor, options) => payments.disburse(id, body, actor, options),
    }),
    subsidyCommand({
      path: 'clawbacks',
      operationId: 'clawBackSubsidy',
      summary: 'Claw back (追回) money disbursed, with a reason',
      roles: ['manager'],
      body: clawbackBody,
      run: (id, body, actor, options) => payments.clawBack(id, body, actor, options),
    }),
    subsidyCommand({
      path: 'closure',
      operationId: 'closeSubsidy',
      summary: 'Close an application once all it was approved is disbursed',
      roles: ['finance'],
      body: noBody,
      run: (id, _body, actor, options) => applications.handle(id, { type: 'CloseSubsidy' }, actor, options),
    }),
  ];
}
