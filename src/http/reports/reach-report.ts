import { z } from 'zod';
import type { Application } from '../../app/container';
import { DISTRICT, REACH_TOTALS } from '../../projections/grants-and-loans/reach-totals';
import type { Document } from '../../readstore/read-store';
import { defineEndpoint, noBody, noParams, type Endpoint } from '../endpoint';
import { onReadModels } from '../read-models';
import { asOfQuery } from '../schemas';

const count = z.number().int();
const fen = z.number().int();

const reachReport = z
  .object({
    asOf: z.string().nullable(),
    firms: z.object({ registered: count, starterKitsIssued: count, starterKitCostFen: fen }),
    creditLines: z.object({ count, amountFen: fen }),
    loans: z.object({ disbursed: count, disbursedFen: fen, repaidFen: fen, outstandingFen: fen, settled: count }),
    talentGrants: z.object({ awarded: count, housingSubsidiesPaid: count, housingSubsidyPaidFen: fen, allowanceMonthsPaid: count, allowancePaidFen: fen, paidFen: fen }),
  })
  .meta({ id: 'ReachReport' });

function report(totals: Document | null, asOf: string | undefined): z.infer<typeof reachReport> {
  const figure = (name: string): number => Number(totals?.[name] ?? 0);
  return {
    asOf: asOf ?? null,
    firms: { registered: figure('firmsRegistered'), starterKitsIssued: figure('starterKitsIssued'), starterKitCostFen: figure('starterKitCostFen') },
    creditLines: { count: figure('creditLines'), amountFen: figure('creditLineFen') },
    loans: { disbursed: figure('loansDisbursed'), disbursedFen: figure('loanDisbursedFen'), repaidFen: figure('loanRepaidFen'), outstandingFen: figure('loanOutstandingFen'), settled: figure('loansSettled') },
    talentGrants: {
      awarded: figure('talentGrantsAwarded'),
      housingSubsidiesPaid: figure('housingSubsidiesPaid'),
      housingSubsidyPaidFen: figure('housingSubsidyPaidFen'),
      allowanceMonthsPaid: figure('allowanceMonthsPaid'),
      allowancePaidFen: figure('allowancePaidFen'),
      paidFen: figure('housingSubsidyPaidFen') + figure('allowancePaidFen'),
    },
  };
}

/** The district's reach: firms, starter kits, credit lines, loans and talent grants paid, read from totals kept event by event. */
export function reachReportEndpoint(app: Application): Endpoint {
  return defineEndpoint({
    method: 'get',
    path: '/api/reports/reach',
    operationId: 'getReachReport',
    summary: "The district's reach: firms registered, starter kits and their cost, credit lines, loans disbursed and outstanding, talent grants paid",
    tag: 'Reports',
    kind: 'query',
    roles: ['manager', 'admin'],
    params: noParams,
    query: z.strictObject({ ...asOfQuery }),
    body: noBody,
    responses: { 200: { description: 'The totals, as of now or of `asOf`', schema: reachReport } },
    handle: async ({ query }) => {
      const totals = await onReadModels(app, query.asOf, undefined, (reads) => reads.collection(REACH_TOTALS).findOne({ _id: DISTRICT }));
      return { status: 200, body: report(totals, query.asOf) };
    },
  });
}
