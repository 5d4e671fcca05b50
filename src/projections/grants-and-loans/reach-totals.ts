import { ENTERPRISE_STREAM_PREFIX } from '../../domain/enterprise/enterprise';
import { LOAN_STREAM_PREFIX } from '../../domain/loan/loan';
import { TALENT_STREAM_PREFIX } from '../../domain/talent/talent';
import type { RecordedEvent } from '../../eventstore/event-store';
import type { Projection } from '../projection';

export const REACH_TOTALS = 'reach-totals';
export const DISTRICT = 'district';

/** What each event adds to the district's totals; outstanding is what was disbursed less what was repaid. */
function increments({ type, data }: RecordedEvent): Record<string, number> | undefined {
  const amountFen = Number(data['amountFen']);
  switch (type) {
    case 'EnterpriseRegistered':
      return { firmsRegistered: 1 };
    case 'StarterKitIssued':
      return { starterKitsIssued: 1, starterKitCostFen: Number(data['costFen']) };
    case 'CreditLineGranted':
      return { creditLines: 1, creditLineFen: amountFen };
    case 'LoanDisbursed':
      return { loansDisbursed: 1, loanDisbursedFen: amountFen, loanOutstandingFen: amountFen };
    case 'InstalmentRepaid':
      return { loanRepaidFen: amountFen, loanOutstandingFen: -amountFen };
    case 'LoanSettled':
      return { loansSettled: 1 };
    case 'TalentGrantAwarded':
      return { talentGrantsAwarded: 1 };
    case 'HousingSubsidyPaid':
      return { housingSubsidiesPaid: 1, housingSubsidyPaidFen: amountFen };
    case 'MonthlyAllowancePaid':
      return { allowanceMonthsPaid: 1, allowancePaidFen: amountFen };
    default:
      return undefined;
  }
}

/** The reach report's district totals, one document kept up to date event by event, so the report reads one document. */
export const reachTotalsProjection: Projection = {
  name: 'reach-totals',
  filter: { streamPrefixes: [ENTERPRISE_STREAM_PREFIX, LOAN_STREAM_PREFIX, TALENT_STREAM_PREFIX] },
  collections: { [REACH_TOTALS]: [] },
  project(recorded) {
    const $inc = increments(recorded);
    return $inc ? [{ collection: REACH_TOTALS, id: DISTRICT, update: { $inc, $set: { updatedAt: recorded.metadata.occurredAt } } }] : [];
  },
};
