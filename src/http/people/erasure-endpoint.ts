import type { Application } from '../../app/container';
import { commandReply } from '../command-reply';
import { defineEndpoint, noBody, noQuery, type Endpoint } from '../endpoint';
import { notFound } from '../problem';
import { commandAnswer } from '../schemas';
import { personParams } from './person-schemas';

/** An admin erases a person's personal data for good: the key it was sealed under is destroyed, and the erasure recorded without it. */
export function erasureEndpoint(app: Application): Endpoint {
  return defineEndpoint({
    method: 'post',
    path: '/api/people/:personId/erasure',
    operationId: 'erasePersonalData',
    summary: "Erase a person's personal data (their identity number in every grant) by destroying their key; the events stay as written and their chains verify",
    tag: 'People',
    kind: 'command',
    roles: ['admin'],
    params: personParams,
    query: noQuery,
    body: noBody,
    responses: { 200: { description: 'Erased (or erased already)', schema: commandAnswer } },
    handle: async ({ params, actor, expectedRevision, idempotencyKey, correlationId }) => {
      const result = await app.personalDataErasure.erase(params.personId, actor, { expectedRevision, idempotencyKey, correlationId });
      if (!result) throw notFound(`No personal data is kept of person ${params.personId}`);
      return commandReply(params.personId, result, 200);
    },
  });
}
