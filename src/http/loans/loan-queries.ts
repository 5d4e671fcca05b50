import type { Application } from '../../app/container';
import { loanStream } from '../../domain/loan/loan';
import { LOANS } from '../../projections/grants-and-loans/loans';
import { findPage } from '../../readstore/paginate';
import { defineEndpoint, noBody, noParams, type Endpoint } from '../endpoint';
import { publicView } from '../enterprises/enterprise-queries';
import { firmRecordFor, firmRecordsTheCallerSees, recordAndFirmStreams } from '../firm-records';
import { onReadModels } from '../read-models';
import { recordIdParams } from '../record-command';
import { page } from '../schemas';
import { loanListQuery, loanQuery, loanView } from './loan-query-schemas';

const TAG = 'Credit and loans';
const READERS = ['agent', 'enterprise', 'manager', 'finance', 'admin'] as const;

export function loanQueries(app: Application): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/api/loans',
      operationId: 'listLoans',
      summary: 'List credit lines and guaranteed loans, newest first',
      tag: TAG,
      kind: 'query',
      roles: READERS,
      params: noParams,
      query: loanListQuery,
      body: noBody,
      responses: { 200: { description: 'A page of credit lines and loans', schema: page(loanView) } },
      handle: async ({ query, actor }) => {
        const { enterpriseId, kind, status } = query;
        const result = await onReadModels(app, query.asOf, undefined, async (reads) => {
          const filter = { ...(await firmRecordsTheCallerSees(reads, actor, enterpriseId)), ...(kind ? { kind } : {}), ...(status ? { status } : {}) };
          return findPage(reads.collection(LOANS), filter, { sort: { openedAt: -1 }, limit: query.limit, cursor: query.cursor });
        });
        return { status: 200, body: { items: result.items.map(publicView), nextCursor: result.nextCursor } };
      },
    }),
    defineEndpoint({
      method: 'get',
      path: '/api/loans/:id',
      operationId: 'getLoan',
      summary: 'Read a credit line or a guaranteed loan with its instalments',
      tag: TAG,
      kind: 'query',
      roles: READERS,
      params: recordIdParams,
      query: loanQuery,
      body: noBody,
      responses: { 200: { description: 'The credit line or loan; ETag carries its revision', schema: loanView } },
      handle: async ({ params, query, actor }) => {
        const streams = query.asOf ? await recordAndFirmStreams(app.events, loanStream(params.id)) : undefined;
        const loan = await onReadModels(app, query.asOf, streams, (reads) => firmRecordFor(reads, actor, LOANS, params.id, 'loan'));
        return { status: 200, body: publicView(loan), headers: { ETag: `W/"${String(loan['revision'])}"` } };
      },
    }),
  ];
}
