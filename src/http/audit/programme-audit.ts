import type { Application } from '../../app/container';
import { programmeStream } from '../../domain/programme/programme';
import { PROGRAMME_FIRMS, PROGRAMME_MONTHS } from '../../projections/programmes';
import { findPage } from '../../readstore/paginate';
import type { Document } from '../../readstore/read-store';
import { defineEndpoint, noBody, type Endpoint } from '../endpoint';
import { withFirmNames } from '../firm-lookups';
import { programmeIdParams } from '../programmes/programme-command-schemas';
import { programmeNamed } from '../programmes/programme-queries';
import { onReadModels } from '../read-models';
import { programmeAudit, programmeAuditQuery } from './audit-schemas';

const fen = (doc: Document, field: string): number => Number(doc[field] ?? 0);

/** Each Asia/Shanghai month's movements, and where the ledger stood at its end. */
function monthsToDate(months: readonly Document[]) {
  let committedToDateFen = 0;
  let disbursedToDateFen = 0;
  return months.map((doc) => {
    const [committedFen, releasedFen, disbursedFen, clawedBackFen] = ['committedFen', 'releasedFen', 'disbursedFen', 'clawedBackFen'].map((field) => fen(doc, field)) as [number, number, number, number];
    committedToDateFen += committedFen - releasedFen - clawedBackFen;
    disbursedToDateFen += disbursedFen;
    return { month: String(doc['month']), committedFen, releasedFen, disbursedFen, clawedBackFen, committedToDateFen, disbursedToDateFen };
  });
}

function firmAgainstCap(doc: Document, capFen: number) {
  const committedFen = fen(doc, 'committedFen');
  return {
    enterpriseId: String(doc['enterpriseId']),
    committedFen,
    disbursedFen: fen(doc, 'disbursedFen'),
    clawedBackFen: fen(doc, 'clawedBackFen'),
    capFen,
    headroomFen: capFen - committedFen,
    overCap: committedFen > capFen,
  };
}

/** Read from a few maintained documents (the programme, its months, a page of its firms), never from the payments. */
export function programmeAuditSummary(app: Application): Endpoint {
  return defineEndpoint({
    method: 'get',
    path: '/api/audit/programmes/:id',
    operationId: 'auditProgramme',
    summary: "A programme's budget against what is committed and disbursed, per Asia/Shanghai month, and a page of its firms against the cap",
    tag: 'Audit',
    kind: 'query',
    roles: ['manager', 'admin'],
    params: programmeIdParams,
    query: programmeAuditQuery,
    body: noBody,
    responses: { 200: { description: "The programme's audit; limit and cursor page its firms", schema: programmeAudit } },
    handle: async ({ params, query }) => {
      const answer = await onReadModels(app, query.asOf, [programmeStream(params.id)], async (reads) => {
        const programme = await programmeNamed(reads, params.id);
        const capFen = fen(programme, 'capPerEnterpriseFen');
        const months = await reads.collection(PROGRAMME_MONTHS).find({ programmeId: params.id }, { sort: { month: 1 } });
        const firms = await findPage(reads.collection(PROGRAMME_FIRMS), { programmeId: params.id }, { sort: { _id: 1 }, limit: query.limit, cursor: query.cursor });
        const figures = ['budgetFen', 'committedFen', 'disbursedFen', 'clawedBackFen', 'remainingFen'].map((field) => [field, fen(programme, field)]);
        return {
          programme: { id: programme._id, name: programme['name'], status: programme['status'], ...Object.fromEntries(figures), capPerEnterpriseFen: capFen },
          months: monthsToDate(months),
          firms: { items: await withFirmNames(app.reads, firms.items.map((doc) => firmAgainstCap(doc, capFen))), nextCursor: firms.nextCursor },
        };
      });
      return { status: 200, body: answer };
    },
  });
}
