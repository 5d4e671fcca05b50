import type { Application } from '../../app/container';
import { ANOMALIES } from '../../projections/audit/audit-collections';
import { findPage } from '../../readstore/paginate';
import type { Filter } from '../../readstore/read-store';
import { defineEndpoint, noBody, noParams, type Endpoint } from '../endpoint';
import { publicView } from '../enterprises/enterprise-queries';
import { withFirmNames } from '../firm-lookups';
import { onReadModels } from '../read-models';
import { page } from '../schemas';
import { anomalyQuery, anomalyView } from './audit-schemas';

export function anomalyList(app: Application): Endpoint {
  return defineEndpoint({
    method: 'get',
    path: '/api/audit/anomalies',
    operationId: 'auditAnomalies',
    summary: 'Anomalies, newest first: payments past approval, duplicate references, payments to blacklisted or deregistered firms, refused approver-disburser attempts, commitments left open past the repair threshold',
    tag: 'Audit',
    kind: 'query',
    roles: ['manager', 'admin'],
    params: noParams,
    query: anomalyQuery,
    body: noBody,
    responses: { 200: { description: 'A page of anomalies', schema: page(anomalyView) } },
    handle: async ({ query }) => {
      const { kind, programmeId, enterpriseId } = query;
      // A commitment is watched from the start and becomes an anomaly once the repair threshold has passed.
      const filter: Filter = { listed: true, at: { $lte: query.asOf ?? app.clock.now() }, ...(kind ? { kind } : {}), ...(programmeId ? { programmeId } : {}), ...(enterpriseId ? { enterpriseId } : {}) };
      const result = await onReadModels(app, query.asOf, undefined, (reads) => findPage(reads.collection(ANOMALIES), filter, { sort: { at: -1 }, limit: query.limit, cursor: query.cursor }));
      const items = await withFirmNames(app.reads, result.items.map(({ listed: _listed, ...anomaly }) => publicView(anomaly)));
      return { status: 200, body: { items, nextCursor: result.nextCursor } };
    },
  });
}
