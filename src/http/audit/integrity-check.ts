import type { Application } from '../../app/container';
import { verifyChains } from '../../app/verify';
import { defineEndpoint, noBody, noParams, type Endpoint } from '../endpoint';
import { integrityQuery, integrityReport } from './audit-schemas';
import { logAsOf } from './log-as-of';

export function integrityCheck(app: Application): Endpoint {
  return defineEndpoint({
    method: 'get',
    path: '/api/audit/integrity',
    operationId: 'auditIntegrity',
    summary: "Verify every stream's hash chain, as `concierge verify` does; with asOf, the events that had occurred by then",
    tag: 'Audit',
    kind: 'query',
    roles: ['manager', 'admin'],
    params: noParams,
    query: integrityQuery,
    body: noBody,
    responses: { 200: { description: 'What was checked, and the first broken link of each broken stream', schema: integrityReport } },
    handle: async ({ query }) => {
      const report = await verifyChains(query.asOf ? logAsOf(app.events, query.asOf) : app.events);
      return { status: 200, body: { intact: report.broken.length === 0, ...report } };
    },
  });
}
