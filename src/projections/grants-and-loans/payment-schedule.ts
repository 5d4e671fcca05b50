import type { LoanEvent } from '../../domain/loan/events';
import { LOAN_STREAM_PREFIX } from '../../domain/loan/loan';
import { addMonths, shanghaiDate } from '../../domain/programme/calendar-date';
import type { TalentEvent } from '../../domain/talent/events';
import { TALENT_STREAM_PREFIX } from '../../domain/talent/talent';
import type { Document } from '../../readstore/read-store';
import type { DocumentUpdate, Lookup, Projection } from '../projection';

/** One document per allowance month and per loan instalment, each with its due date, amount and what was paid. */
export const PAYMENT_SCHEDULE = 'payment-schedule';
/** Per grant or loan: what its schedule entries need from the stream's earlier events. */
const SCHEDULE_SOURCES = 'payment-schedule-sources';

/** Why an unpaid entry is no longer owed: it fell due while the grant was suspended, or the grant ended with it unpaid. */
type Waiver = 'suspended' | 'ended';

const allowanceEntryId = (talentId: string, month: number): string => `allowance:${talentId}:${month}`;
const instalmentEntryId = (loanId: string, instalment: number): string => `instalment:${loanId}:${instalment}`;

/**
 * Finance's schedule: allowances and instalments with what is paid. Whether an unpaid entry is
 * late depends on the day it is read, so that is left to the read; a waiver follows the
 * allowance schedule's rules (a month falling due while suspended is never owed).
 */
export const paymentScheduleProjection: Projection = {
  name: 'payment-schedule',
  filter: { streamPrefixes: [TALENT_STREAM_PREFIX, LOAN_STREAM_PREFIX] },
  collections: {
    [PAYMENT_SCHEDULE]: [{ keys: { dueOn: 1 } }, { keys: { enterpriseId: 1, dueOn: 1 } }],
    [SCHEDULE_SOURCES]: [],
  },
  project(recorded, lookup) {
    const data = { type: recorded.type, data: recorded.data };
    if (recorded.streamName.startsWith(TALENT_STREAM_PREFIX)) return allowanceUpdates(recorded.streamName.slice(TALENT_STREAM_PREFIX.length), data as TalentEvent, lookup);
    return instalmentUpdates(recorded.streamName.slice(LOAN_STREAM_PREFIX.length), data as LoanEvent, lookup);
  },
};

/** Before any due date: a waiver from then on covers every month. */
const FIRST_DAY = '0000-01-01';

const source = (id: string, fields: Record<string, unknown>): DocumentUpdate => ({ collection: SCHEDULE_SOURCES, id, update: { $set: fields } });
const entry = (id: string, update: DocumentUpdate['update']): DocumentUpdate => ({ collection: PAYMENT_SCHEDULE, id, update });

async function allowanceUpdates(talentId: string, event: TalentEvent, lookup: Lookup): Promise<DocumentUpdate[]> {
  switch (event.type) {
    case 'TalentGrantAwarded': {
      const { enterpriseId, startsOn, months, monthlyAllowanceFen } = event.data;
      const monthEntries = Array.from({ length: months }, (_, index) =>
        entry(allowanceEntryId(talentId, index + 1), {
          $set: { kind: 'allowance', sourceId: talentId, enterpriseId, number: index + 1, dueOn: addMonths(startsOn, index), amountFen: monthlyAllowanceFen, paidFen: 0, paidAt: null, waived: null },
        }),
      );
      return [source(talentId, { enterpriseId, startsOn, months, paidMonths: [] }), ...monthEntries];
    }
    case 'MonthlyAllowancePaid': {
      const { month, amountFen, paidAt } = event.data;
      const grant = await lookup(SCHEDULE_SOURCES, talentId);
      if (!grant) return [];
      return [source(talentId, { paidMonths: [...paidMonthsOf(grant), month] }), entry(allowanceEntryId(talentId, month), { $set: { paidFen: amountFen, paidAt } })];
    }
    case 'TalentGrantSuspended':
      return waiveUnpaidMonths(talentId, await lookup(SCHEDULE_SOURCES, talentId), shanghaiDate(event.data.suspendedAt), 'suspended');
    case 'TalentGrantResumed':
      return waiveUnpaidMonths(talentId, await lookup(SCHEDULE_SOURCES, talentId), shanghaiDate(event.data.resumedAt), null);
    case 'TalentGrantEnded':
      return waiveUnpaidMonths(talentId, await lookup(SCHEDULE_SOURCES, talentId), FIRST_DAY, 'ended');
    default:
      return [];
  }
}

const paidMonthsOf = (grant: Document): number[] => (grant['paidMonths'] as number[] | undefined) ?? [];

/**
 * Every unpaid month falling due on or after `from` gets `waived`: a resumption lifts what the
 * suspension waived from then on; an ending waives every unpaid month, those a suspension waived included.
 */
function waiveUnpaidMonths(talentId: string, grant: Document | null, from: string, waived: Waiver | null): DocumentUpdate[] {
  if (!grant) return [];
  const startsOn = String(grant['startsOn']);
  const paid = new Set(paidMonthsOf(grant));
  const months = Array.from({ length: Number(grant['months']) }, (_, index) => index + 1);
  return months
    .filter((month) => !paid.has(month) && addMonths(startsOn, month - 1) >= from)
    .map((month) => entry(allowanceEntryId(talentId, month), { $set: { waived } }));
}

async function instalmentUpdates(loanId: string, event: LoanEvent, lookup: Lookup): Promise<DocumentUpdate[]> {
  switch (event.type) {
    case 'LoanApplied':
      return [source(loanId, { enterpriseId: event.data.enterpriseId })];
    case 'LoanDisbursed': {
      const loan = await lookup(SCHEDULE_SOURCES, loanId);
      if (!loan) return [];
      return event.data.instalments.map(({ instalment, dueOn, principalFen }) =>
        entry(instalmentEntryId(loanId, instalment), {
          $set: { kind: 'instalment', sourceId: loanId, enterpriseId: loan['enterpriseId'], number: instalment, dueOn, amountFen: principalFen, paidFen: 0, paidAt: null, waived: null },
        }),
      );
    }
    case 'InstalmentRepaid':
      return [entry(instalmentEntryId(loanId, event.data.instalment), { $inc: { paidFen: event.data.amountFen }, $set: { paidAt: event.data.repaidAt } })];
    default:
      return [];
  }
}
