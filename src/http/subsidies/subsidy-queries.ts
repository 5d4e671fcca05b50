import type { Application } from '../../app/container';
import { subsidyStream } from '../../domain/subsidy/subsidy';
import { SUBSIDIES } from '../../projections/subsidies';
import { findPage } from '../../readstore/paginate';
import type { Document, Filter, ReadStore } from '../../readstore/read-store';
import { defineEndpoint, noBody, noParams, type Endpoint } from '../endpoint';
import { publicView } from '../enterprises/enterprise-queries';
import { summariesOfFirms } from '../firm-lookups';
import { firmRecordFor, firmRecordsTheCallerSees, recordAndFirmStreams } from '../firm-records';
import { onReadModels } from '../read-models';
import { page } from '../schemas';
import { subsidyIdParams } from './subsidy-command-schemas';
import { subsidyListQuery, subsidyQuery, subsidyView } from './subsidy-query-schemas';

const TAG = 'Subsidies';
const READERS = ['agent', 'enterprise', 'manager', 'finance', 'admin'] as const;

/** Each application with its firm's name and agent, so those who pay or review it see whom it is for. */
async function withFirms(reads: ReadStore, applications: Document[]): Promise<Record<string, unknown>[]> {
  const firms = await summariesOfFirms(reads, applications.map((application) => String(application['enterpriseId'])));
  return applications.map((application) => {
    const firm = firms.get(String(application['enterpriseId']));
    return { ...publicView(application), enterpriseName: firm?.name ?? null, agentId: firm?.agentId ?? null };
  });
}

export function subsidyQueries(app: Application): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/api/subsidies',
      operationId: 'listSubsidies',
      summary: 'List subsidy applications, newest first',
      tag: TAG,
      kind: 'query',
      roles: READERS,
      params: noParams,
      query: subsidyListQuery,
      body: noBody,
      responses: { 200: { description: 'A page of applications', schema: page(subsidyView) } },
      handle: async ({ query, actor }) => {
        const { programmeId, enterpriseId, status } = query;
        const answer = await onReadModels(app, query.asOf, undefined, async (reads) => {
          const filter: Filter = { ...(await firmRecordsTheCallerSees(reads, actor, enterpriseId)), ...(programmeId ? { programmeId } : {}), ...(status ? { status } : {}) };
          const result = await findPage(reads.collection(SUBSIDIES), filter, { sort: { appliedAt: -1 }, limit: query.limit, cursor: query.cursor });
          return { items: await withFirms(reads, result.items), nextCursor: result.nextCursor };
        });
        return { status: 200, body: answer };
      },
    }),
    defineEndpoint({
      method: 'get',
      path: '/api/subsidies/:id',
      operationId: 'getSubsidy',
      summary: 'Read a subsidy application',
      tag: TAG,
      kind: 'query',
      roles: READERS,
      params: subsidyIdParams,
      query: subsidyQuery,
      body: noBody,
      responses: { 200: { description: 'The application; ETag carries its revision', schema: subsidyView } },
      handle: async ({ params, query, actor }) => {
        const streams = query.asOf ? await recordAndFirmStreams(app.events, subsidyStream(params.id)) : undefined;
        const application = await onReadModels(app, query.asOf, streams, async (reads) => {
          const [view] = await withFirms(reads, [await firmRecordFor(reads, actor, SUBSIDIES, params.id, 'subsidy application')]);
          return view!;
        });
        return { status: 200, body: application, headers: { ETag: `W/"${String(application['revision'])}"` } };
      },
    }),
  ];
}
