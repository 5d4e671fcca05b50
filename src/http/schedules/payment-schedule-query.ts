import type { Application } from '../../app/container';
import { shanghaiDate } from '../../domain/programme/calendar-date';
import { PAYMENT_SCHEDULE } from '../../projections/grants-and-loans/payment-schedule';
import { findPage } from '../../readstore/paginate';
import type { Filter } from '../../readstore/read-store';
import { defineEndpoint, noBody, noParams, type Endpoint } from '../endpoint';
import { withFirmNames } from '../firm-lookups';
import { onReadModels } from '../read-models';
import { paymentScheduleQuery, paymentScheduleView } from './payment-schedule-schemas';
import { scheduleEntry } from './schedule-entry';

/** Finance's schedule: allowances and instalments falling due in a date range, with what is paid and what is late. */
export function paymentScheduleQueryEndpoint(app: Application): Endpoint {
  return defineEndpoint({
    method: 'get',
    path: '/api/schedules/payments',
    operationId: 'listPaymentSchedule',
    summary: 'Allowances and loan instalments falling due between two dates, with what is paid and what is late',
    tag: 'Payment schedule',
    kind: 'query',
    roles: ['finance', 'manager', 'admin'],
    params: noParams,
    query: paymentScheduleQuery,
    body: noBody,
    responses: { 200: { description: 'A page of the schedule, in due-date order, with the totals over the range', schema: paymentScheduleView } },
    handle: async ({ query }) => {
      const asOn = shanghaiDate(query.asOf ?? app.clock.now());
      const filter: Filter = { dueOn: { $gte: query.from, $lte: query.to }, ...(query.kind ? { kind: query.kind } : {}), ...(query.enterpriseId ? { enterpriseId: query.enterpriseId } : {}) };
      const answer = await onReadModels(app, query.asOf, undefined, async (reads) => {
        const collection = reads.collection(PAYMENT_SCHEDULE);
        const result = await findPage(collection, filter, { sort: { dueOn: 1 }, limit: query.limit, cursor: query.cursor });
        const range = (await collection.find(filter, { projection: { amountFen: 1, paidFen: 1, dueOn: 1, waived: 1 } })).map((doc) => scheduleEntry(doc, asOn));
        const sum = (amount: (entry: (typeof range)[number]) => number): number => range.reduce((total, entry) => total + amount(entry), 0);
        const totals = { entries: range.length, amountFen: sum((e) => e.amountFen), paidFen: sum((e) => e.paidFen), owedFen: sum((e) => e.owedFen), lateFen: sum((e) => (e.late ? e.owedFen : 0)) };
        const items = await withFirmNames(app.reads, result.items.map((doc) => scheduleEntry(doc, asOn)));
        return { asOn, totals, items, nextCursor: result.nextCursor };
      });
      return { status: 200, body: answer };
    },
  });
}
