import type { Application } from '../../app/container';
import type { Actor } from '../../domain/decider';
import type { SealedPersonalData } from '../../domain/sealed-personal-data';
import { talentStream } from '../../domain/talent/talent';
import { TALENT_GRANTS } from '../../projections/grants-and-loans/talent-grants';
import { findPage } from '../../readstore/paginate';
import type { Document } from '../../readstore/read-store';
import { defineEndpoint, noBody, noParams, type Endpoint } from '../endpoint';
import { publicView } from '../enterprises/enterprise-queries';
import { firmRecordFor, firmRecordsTheCallerSees, recordAndFirmStreams } from '../firm-records';
import { onReadModels } from '../read-models';
import { recordIdParams } from '../record-command';
import { page } from '../schemas';
import { identityNumberView } from './identity-number-view';
import { talentGrantListQuery, talentGrantQuery, talentGrantView } from './talent-grant-query-schemas';

const TAG = 'Talent grants';
const READERS = ['agent', 'enterprise', 'manager', 'finance', 'admin'] as const;

export function talentGrantQueries(app: Application): Endpoint[] {
  const view = async (grant: Document, actor: Actor): Promise<Record<string, unknown>> => {
    const { person, ...rest } = publicView(grant) as { person: { personId: string; name: string; identityNumber: SealedPersonalData } };
    const identity = await identityNumberView(app.personalDataKeys, person.identityNumber, actor.role);
    return { ...rest, person: { personId: person.personId, name: person.name, ...identity } };
  };
  return [
    defineEndpoint({
      method: 'get',
      path: '/api/talent-grants',
      operationId: 'listTalentGrants',
      summary: 'List talent grants, newest award first',
      tag: TAG,
      kind: 'query',
      roles: READERS,
      params: noParams,
      query: talentGrantListQuery,
      body: noBody,
      responses: { 200: { description: 'A page of grants', schema: page(talentGrantView) } },
      handle: async ({ query, actor }) => {
        const result = await onReadModels(app, query.asOf, undefined, async (reads) => {
          const filter = { ...(await firmRecordsTheCallerSees(reads, actor, query.enterpriseId)), ...(query.status ? { status: query.status } : {}) };
          return findPage(reads.collection(TALENT_GRANTS), filter, { sort: { awardedAt: -1 }, limit: query.limit, cursor: query.cursor });
        });
        return { status: 200, body: { items: await Promise.all(result.items.map((grant) => view(grant, actor))), nextCursor: result.nextCursor } };
      },
    }),
    defineEndpoint({
      method: 'get',
      path: '/api/talent-grants/:id',
      operationId: 'getTalentGrant',
      summary: 'Read a talent grant; the identity number in full to finance only',
      tag: TAG,
      kind: 'query',
      roles: READERS,
      params: recordIdParams,
      query: talentGrantQuery,
      body: noBody,
      responses: { 200: { description: 'The grant; ETag carries its revision', schema: talentGrantView } },
      handle: async ({ params, query, actor }) => {
        const streams = query.asOf ? await recordAndFirmStreams(app.events, talentStream(params.id)) : undefined;
        const grant = await onReadModels(app, query.asOf, streams, (reads) => firmRecordFor(reads, actor, TALENT_GRANTS, params.id, 'talent grant'));
        return { status: 200, body: await view(grant, actor), headers: { ETag: `W/"${String(grant['revision'])}"` } };
      },
    }),
  ];
}
