import type { z } from 'zod';
import type { Application } from '../../app/container';
import type { Role } from '../../domain/decider';
import type { EnterpriseCommand } from '../../domain/enterprise/commands';
import { enterpriseDecider, enterpriseStream } from '../../domain/enterprise/enterprise';
import type { EnterpriseState } from '../../domain/enterprise/state';
import { commandReply, refuseIfMatchOnCreation } from '../command-reply';
import { defineEndpoint, noBody, noParams, noQuery, type Endpoint } from '../endpoint';
import { commandAnswer } from '../schemas';
import { assertMayAccess } from './enterprise-access';
import { blacklistBody, conciergeBody, enterpriseIdParams, reasonBody, registerBody, starterKitBody } from './enterprise-schemas';

const TAG = 'Enterprises';

function lifecycleCommand<B extends z.ZodType>(
  app: Application,
  spec: { path: string; operationId: string; summary: string; roles: readonly Role[]; body: B; command: (body: z.infer<B>) => EnterpriseCommand },
): Endpoint {
  return defineEndpoint({
    method: 'post',
    path: `/api/enterprises/:id/${spec.path}`,
    operationId: spec.operationId,
    summary: spec.summary,
    tag: TAG,
    kind: 'command',
    roles: spec.roles,
    params: enterpriseIdParams,
    query: noQuery,
    body: spec.body,
    responses: { 200: { description: 'Recorded (or nothing to record)', schema: commandAnswer } },
    handle: async ({ params, body, actor, expectedRevision, idempotencyKey, correlationId }) => {
      const authorize = (state: EnterpriseState): void => assertMayAccess(actor, params.id, { exists: state.status !== 'none', agentId: state.agentId });
      const result = await app.commands.handle(enterpriseDecider, enterpriseStream(params.id), spec.command(body), actor, {
        expectedRevision,
        idempotencyKey,
        correlationId,
        authorize,
      });
      return commandReply(params.id, result, 200);
    },
  });
}

export function enterpriseCommands(app: Application): Endpoint[] {
  return [
    defineEndpoint({
      method: 'post',
      path: '/api/enterprises',
      operationId: 'registerEnterprise',
      summary: 'Register a firm (企业开办)',
      tag: TAG,
      kind: 'command',
      roles: ['agent'],
      params: noParams,
      query: noQuery,
      body: registerBody,
      responses: { 201: { description: 'Registered', schema: commandAnswer } },
      handle: async ({ body, actor, expectedRevision, idempotencyKey, correlationId }) => {
        refuseIfMatchOnCreation(expectedRevision, 'firm', 'a registration');
        const result = await app.registration.register(body, actor, { idempotencyKey, correlationId });
        return commandReply(result.enterpriseId, result, 201, `/api/enterprises/${result.enterpriseId}`);
      },
    }),
    lifecycleCommand(app, {
      path: 'licence',
      operationId: 'issueLicence',
      summary: 'Record the business licence as issued',
      roles: ['agent'],
      body: noBody,
      command: () => ({ type: 'IssueLicence' }),
    }),
    lifecycleCommand(app, {
      path: 'starter-kit',
      operationId: 'issueStarterKit',
      summary: 'Issue the 1+1+3 starter kit paid by the district',
      roles: ['agent'],
      body: starterKitBody,
      command: (body) => ({ type: 'IssueStarterKit', costFen: body.costFen }),
    }),
    lifecycleCommand(app, {
      path: 'concierge',
      operationId: 'assignConcierge',
      summary: 'Assign or reassign the firm to a concierge agent',
      roles: ['manager'],
      body: conciergeBody,
      command: (body) => ({ type: 'AssignConcierge', agentId: body.agentId }),
    }),
    lifecycleCommand(app, {
      path: 'blacklist',
      operationId: 'blacklistEnterprise',
      summary: 'Put the firm on the blacklist (失信名单)',
      roles: ['manager'],
      body: blacklistBody,
      command: (body) => ({ type: 'BlacklistEnterprise', reason: body.reason, evidence: body.evidence }),
    }),
    lifecycleCommand(app, {
      path: 'blacklist-lifting',
      operationId: 'liftBlacklist',
      summary: 'Lift the firm from the blacklist',
      roles: ['manager'],
      body: reasonBody,
      command: (body) => ({ type: 'LiftBlacklist', reason: body.reason }),
    }),
    lifecycleCommand(app, {
      path: 'credit-repair',
      operationId: 'repairEnterpriseCredit',
      summary: "Repair the firm's credit (信用修复): clears the marks its breached commitments left, so commitment handling is open to it again",
      roles: ['manager'],
      body: reasonBody,
      command: (body) => ({ type: 'RepairCredit', reason: body.reason }),
    }),
    lifecycleCommand(app, {
      path: 'deregistration',
      operationId: 'deregisterEnterprise',
      summary: 'Deregister the firm (注销)',
      roles: ['agent'],
      body: reasonBody,
      command: (body) => ({ type: 'DeregisterEnterprise', reason: body.reason }),
    }),
  ];
}
