import type { z } from 'zod';
import type { Application } from '../../app/container';
import type { TalentRequest } from '../../app/talent-grants';
import type { Role } from '../../domain/decider';
import { commandReply, refuseIfMatchOnCreation } from '../command-reply';
import { defineEndpoint, noBody, noParams, noQuery, type Endpoint } from '../endpoint';
import { recordCommand } from '../record-command';
import { commandAnswer } from '../schemas';
import { allowancePaymentBody, awardBody, reasonBody, talentAward } from './talent-command-schemas';

const TAG = 'Talent grants';
const COLLECTION = '/api/talent-grants';

/** Awarding and suspending are the district's decisions (managers); paying is finance's, never the awarding officer's. */
const MANAGERS: readonly Role[] = ['manager'];
const FINANCE: readonly Role[] = ['finance'];

export function talentCommands(app: Application): Endpoint[] {
  const grants = app.talentGrants;
  const talentCommand = <B extends z.ZodType>(spec: { path: string; operationId: string; summary: string; roles: readonly Role[]; body: B; request: (body: z.infer<B>) => TalentRequest }) =>
    recordCommand({
      ...spec,
      collection: COLLECTION,
      noun: 'talent grant',
      tag: TAG,
      run: (id, body, actor, options) => grants.handle(id, spec.request(body), actor, options),
    });
  return [
    defineEndpoint({
      method: 'post',
      path: COLLECTION,
      operationId: 'awardTalentGrant',
      summary: "Award a talent grant (人才引进) to a person employed by a firm: a published tier, or amounts of its own; the identity number is sealed under the person's key",
      tag: TAG,
      kind: 'command',
      roles: MANAGERS,
      params: noParams,
      query: noQuery,
      body: awardBody,
      responses: { 201: { description: 'Awarded', schema: commandAnswer } },
      handle: async ({ body, actor, expectedRevision, idempotencyKey, correlationId }) => {
        refuseIfMatchOnCreation(expectedRevision, 'talent grant', 'an award');
        const result = await grants.award(talentAward(body), actor, { idempotencyKey, correlationId });
        return commandReply(result.talentId, result, 201, `${COLLECTION}/${result.talentId}`);
      },
    }),
    talentCommand({
      path: 'housing-payment',
      operationId: 'payTalentHousingSubsidy',
      summary: 'Record the housing subsidy paid, once; never by the officer who awarded the grant',
      roles: FINANCE,
      body: noBody,
      request: () => ({ type: 'PayHousingSubsidy' }),
    }),
    talentCommand({
      path: 'allowance-payments',
      operationId: 'payTalentAllowance',
      summary: 'Record the monthly allowance paid for a month: each at most once, in order, from the day it falls due; never by the officer who awarded the grant',
      roles: FINANCE,
      body: allowancePaymentBody,
      request: ({ month }) => ({ type: 'PayMonthlyAllowance', month }),
    }),
    talentCommand({
      path: 'suspension',
      operationId: 'suspendTalentGrant',
      summary: 'Suspend a grant (the person left the firm or the district): nothing is paid, and no month falls due, until it resumes',
      roles: MANAGERS,
      body: reasonBody,
      request: ({ reason }) => ({ type: 'SuspendTalentGrant', reason }),
    }),
    talentCommand({
      path: 'resumption',
      operationId: 'resumeTalentGrant',
      summary: 'Resume a suspended grant',
      roles: MANAGERS,
      body: noBody,
      request: () => ({ type: 'ResumeTalentGrant' }),
    }),
    talentCommand({
      path: 'ending',
      operationId: 'endTalentGrant',
      summary: 'End a grant: what is unpaid is no longer owed',
      roles: MANAGERS,
      body: reasonBody,
      request: ({ reason }) => ({ type: 'EndTalentGrant', reason }),
    }),
  ];
}
