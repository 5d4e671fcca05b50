import type { Application } from '../../app/container';
import type { Actor } from '../../domain/decider';
import { programmeStream } from '../../domain/programme/programme';
import type { EligibilityRules } from '../../domain/programme/terms';
import { ENTERPRISES } from '../../projections/enterprises';
import { PROGRAMMES } from '../../projections/programmes';
import { findPage } from '../../readstore/paginate';
import type { Document, Filter, ReadStore } from '../../readstore/read-store';
import { defineEndpoint, noBody, noParams, type Endpoint } from '../endpoint';
import { enterpriseProfile } from '../enterprises/enterprise-schemas';
import { publicView } from '../enterprises/enterprise-queries';
import { notFound } from '../problem';
import { onReadModels } from '../read-models';
import { page } from '../schemas';
import { eligibilityFilter } from '../../projections/eligibility-filter';
import { programmeIdParams } from './programme-command-schemas';
import { eligibleEnterprisesQuery, programmeListQuery, programmeQuery, programmeView } from './programme-query-schemas';

const TAG = 'Programmes';

export async function programmeNamed(reads: ReadStore, programmeId: string): Promise<Document> {
  const programme = await reads.collection(PROGRAMMES).findOne({ _id: programmeId });
  if (!programme) throw notFound(`No programme ${programmeId}`);
  return programme;
}

/** An agent sees the eligible firms assigned to them, an enterprise user only its own firm. */
function firmsTheCallerSees(actor: Actor): Filter {
  if (actor.role === 'agent') return { agentId: actor.id };
  if (actor.role === 'enterprise') return { _id: actor.enterpriseId };
  return {};
}

export function programmeQueries(app: Application): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/api/programmes',
      operationId: 'listProgrammes',
      summary: 'List policy programmes, newest first',
      tag: TAG,
      kind: 'query',
      roles: ['agent', 'enterprise', 'manager', 'finance', 'admin'],
      params: noParams,
      query: programmeListQuery,
      body: noBody,
      responses: { 200: { description: 'A page of programmes', schema: page(programmeView) } },
      handle: async ({ query }) => {
        const filter: Filter = { ...(query.status ? { status: query.status } : {}), ...(query.kind ? { kind: query.kind } : {}) };
        // Programmes are few: replaying their streams alone is enough to know them as they stood.
        const streams = query.asOf ? (await app.reads.collection(PROGRAMMES).find({}, { projection: { _id: 1 } })).map((doc) => programmeStream(doc._id)) : undefined;
        const result = await onReadModels(app, query.asOf, streams, (reads) =>
          findPage(reads.collection(PROGRAMMES), filter, { sort: { publishedAt: -1 }, limit: query.limit, cursor: query.cursor }),
        );
        return { status: 200, body: { items: result.items.map(publicView), nextCursor: result.nextCursor } };
      },
    }),
    defineEndpoint({
      method: 'get',
      path: '/api/programmes/:id',
      operationId: 'getProgramme',
      summary: "Read a programme: its terms and its ledger's figures",
      tag: TAG,
      kind: 'query',
      roles: ['agent', 'enterprise', 'manager', 'finance', 'admin'],
      params: programmeIdParams,
      query: programmeQuery,
      body: noBody,
      responses: { 200: { description: 'The programme; ETag carries its revision', schema: programmeView } },
      handle: async ({ params, query }) => {
        const programme = await onReadModels(app, query.asOf, [programmeStream(params.id)], (reads) => programmeNamed(reads, params.id));
        return { status: 200, body: publicView(programme), headers: { ETag: `W/"${String(programme['revision'])}"` } };
      },
    }),
    defineEndpoint({
      method: 'get',
      path: '/api/programmes/:id/eligible-enterprises',
      operationId: 'listEligibleEnterprises',
      summary: "List the firms the programme's eligibility rules admit today (or at asOf), newest registrations first",
      tag: TAG,
      kind: 'query',
      roles: ['agent', 'enterprise', 'manager', 'admin'],
      params: programmeIdParams,
      query: eligibleEnterprisesQuery,
      body: noBody,
      responses: { 200: { description: 'A page of eligible firms', schema: page(enterpriseProfile) } },
      handle: async ({ params, query, actor }) => {
        const now = query.asOf ?? app.clock.now();
        const result = await onReadModels(app, query.asOf, undefined, async (reads) => {
          const programme = await programmeNamed(reads, params.id);
          const filter = { ...eligibilityFilter(programme['eligibility'] as EligibilityRules, now), ...firmsTheCallerSees(actor) };
          return findPage(reads.collection(ENTERPRISES), filter, { sort: { registeredAt: -1 }, limit: query.limit, cursor: query.cursor });
        });
        return { status: 200, body: { items: result.items.map(publicView), nextCursor: result.nextCursor } };
      },
    }),
  ];
}
