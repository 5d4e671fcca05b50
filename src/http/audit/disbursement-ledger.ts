import type { Application } from '../../app/container';
import { DISBURSEMENTS } from '../../projections/audit/audit-collections';
import { findPage } from '../../readstore/paginate';
import { defineEndpoint, noBody, noParams, type Endpoint, type Reply } from '../endpoint';
import { publicView } from '../enterprises/enterprise-queries';
import { withFirmNames } from '../firm-lookups';
import { onReadModels } from '../read-models';
import { ledgerPage, ledgerQuery, type LedgerQuery } from './audit-schemas';
import { CSV_CONTENT_TYPE, csvEntries, csvHeader, csvTotals } from './ledger-csv';
import { addToTotals, LEDGER_ORDER, ledgerFilter, ledgerMonths, ledgerTotals, noTotals } from './ledger-reads';

/** The whole export, written a month of entries at a time as they are read, the totals last. */
function csvExport(app: Application, query: LedgerQuery): Reply {
  return {
    status: 200,
    body: undefined,
    headers: { 'Content-Type': CSV_CONTENT_TYPE, 'Content-Disposition': 'attachment; filename="disbursements.csv"' },
    stream: (write) =>
      onReadModels(app, query.asOf, undefined, async (reads) => {
        const filter = await ledgerFilter(reads, query);
        const totals = noTotals();
        await write(csvHeader());
        for await (const entries of ledgerMonths(reads, filter, query)) {
          for (const entry of entries) addToTotals(totals, entry);
          await write(csvEntries(entries));
        }
        await write(csvTotals(totals));
      }),
  };
}

/**
 * Finance may read the ledger: DOMAIN.md gives finance the subsidy payment views, and the ledger
 * is the record of the payments it made. The rest of the audit is the managers'.
 */
export function disbursementLedger(app: Application): Endpoint {
  return defineEndpoint({
    method: 'get',
    path: '/api/audit/disbursements',
    operationId: 'auditDisbursements',
    summary: 'The disbursement ledger: every payment and clawback with its provenance, and the totals; format=csv streams it all',
    tag: 'Audit',
    kind: 'query',
    roles: ['manager', 'finance', 'admin'],
    params: noParams,
    query: ledgerQuery,
    body: noBody,
    responses: { 200: { description: 'A page of entries and the totals of every matching entry (or text/csv)', schema: ledgerPage } },
    handle: async ({ query }) => {
      if (query.format === 'csv') return csvExport(app, query);
      const answer = await onReadModels(app, query.asOf, undefined, async (reads) => {
        const filter = await ledgerFilter(reads, query);
        const page = await findPage(reads.collection(DISBURSEMENTS), filter, { sort: LEDGER_ORDER, limit: query.limit, cursor: query.cursor });
        return { items: await withFirmNames(app.reads, page.items.map(publicView)), nextCursor: page.nextCursor, totals: await ledgerTotals(reads, filter, query) };
      });
      return { status: 200, body: answer };
    },
  });
}
