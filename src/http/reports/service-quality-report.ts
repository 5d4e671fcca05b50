import type { Application } from '../../app/container';
import { SERVICE_QUALITY, type QualityDimension } from '../../projections/tasks/service-quality';
import type { Document, Filter } from '../../readstore/read-store';
import { defineEndpoint, noBody, noParams, type Endpoint } from '../endpoint';
import { onReadModels } from '../read-models';
import { addedUp, withRates } from './quality-figures';
import { serviceQualityQuery, serviceQualityReport } from './service-quality-schemas';

/** Each key's documents of one dimension, added up over the months asked for, in key order. */
function byKey(docs: readonly Document[], dimension: QualityDimension): [string, Document[]][] {
  const groups = new Map<string, Document[]>();
  for (const doc of docs.filter((d) => d['dimension'] === dimension)) {
    const key = String(doc['key']);
    const group = groups.get(key);
    if (group) group.push(doc);
    else groups.set(key, [doc]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

function report(docs: readonly Document[]) {
  const months = byKey(docs, 'month');
  return {
    overall: withRates(addedUp(months.flatMap(([, group]) => group))),
    byAgent: byKey(docs, 'agent').map(([agentId, group]) => ({ agentId, ...withRates(addedUp(group)) })),
    byService: byKey(docs, 'service').map(([serviceId, group]) => ({
      serviceId,
      nameZh: String(group[0]!['nameZh']),
      nameEn: String(group[0]!['nameEn']),
      ...withRates(addedUp(group)),
    })),
    byMonth: months.map(([month, group]) => ({ month, ...withRates(addedUp(group)) })),
  };
}

/** Read from the figures kept per agent, service and month, never from the tasks. */
export function serviceQualityReportEndpoint(app: Application): Endpoint {
  return defineEndpoint({
    method: 'get',
    path: '/api/reports/service-quality',
    operationId: 'reportServiceQuality',
    summary: 'Evaluation, satisfaction and on-time rates and working days saved against statutory limits, per agent, per service and per Asia/Shanghai month of completion',
    tag: 'Reports',
    kind: 'query',
    roles: ['manager', 'admin'],
    params: noParams,
    query: serviceQualityQuery,
    body: noBody,
    responses: { 200: { description: 'The report', schema: serviceQualityReport } },
    handle: async ({ query }) => {
      const months: Filter = { month: { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lte: query.to } : {}) } };
      const filter = query.from || query.to ? months : {};
      const docs = await onReadModels(app, query.asOf, undefined, (reads) => reads.collection(SERVICE_QUALITY).find(filter));
      return { status: 200, body: { from: query.from ?? null, to: query.to ?? null, asOf: query.asOf ?? null, ...report(docs) } };
    },
  });
}
