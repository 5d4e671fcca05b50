import { DISBURSEMENTS } from '../../projections/audit/audit-collections';
import type { Document, Filter, ReadStore } from '../../readstore/read-store';
import { firmsOfAgent } from '../firm-lookups';
import type { LedgerQuery } from './audit-schemas';

/** Money moved at the same instant is in the order the log has it. */
export const LEDGER_ORDER = { paidAt: 1, position: 1 } as const;

export interface LedgerTotals {
  entries: number;
  payments: number;
  clawbacks: number;
  paidFen: number;
  /** Positive: the money recovered. */
  clawedBackFen: number;
  netFen: number;
}

export const noTotals = (): LedgerTotals => ({ entries: 0, payments: 0, clawbacks: 0, paidFen: 0, clawedBackFen: 0, netFen: 0 });

export function addToTotals(totals: LedgerTotals, entry: Document): void {
  const amountFen = Number(entry['amountFen']);
  totals.entries += 1;
  totals.netFen += amountFen;
  if (entry['kind'] === 'payment') {
    totals.payments += 1;
    totals.paidFen += amountFen;
  } else {
    totals.clawbacks += 1;
    totals.clawedBackFen -= amountFen;
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;
const startOfShanghaiDay = (date: string): number => Date.parse(`${date}T00:00:00+08:00`);

type LedgerRange = Pick<LedgerQuery, 'programmeId' | 'enterpriseId' | 'agentId' | 'from' | 'to'>;

export async function ledgerFilter(reads: ReadStore, query: LedgerRange): Promise<Filter> {
  const conditions: Filter[] = [];
  if (query.programmeId) conditions.push({ programmeId: query.programmeId });
  if (query.enterpriseId) conditions.push({ enterpriseId: query.enterpriseId });
  if (query.agentId) conditions.push({ enterpriseId: { $in: await firmsOfAgent(reads, query.agentId) } });
  if (query.from) conditions.push({ paidAt: { $gte: new Date(startOfShanghaiDay(query.from)).toISOString() } });
  if (query.to) conditions.push({ paidAt: { $lt: new Date(startOfShanghaiDay(query.to) + DAY_MS).toISOString() } });
  return conditions.length > 0 ? { $and: conditions } : {};
}

/**
 * Every entry `filter` matches, in ledger order, one Asia/Shanghai month at a time: an export or
 * a total reads a month's entries at once, never the whole ledger.
 */
export async function* ledgerMonths(reads: ReadStore, filter: Filter, query: LedgerRange): AsyncGenerator<Document[]> {
  const entries = reads.collection(DISBURSEMENTS);
  const monthAtEnd = async (direction: 1 | -1): Promise<string | undefined> =>
    (await entries.find({}, { sort: { paidAt: direction }, limit: 1 }))[0]?.['month'] as string | undefined;
  const first = query.from?.slice(0, 7) ?? (await monthAtEnd(1));
  const last = query.to?.slice(0, 7) ?? (await monthAtEnd(-1));
  if (first === undefined || last === undefined) return;
  for (let month = first; month <= last; month = nextMonth(month)) {
    const found = await entries.find({ $and: [filter, { month }] }, { sort: LEDGER_ORDER });
    if (found.length > 0) yield found;
  }
}

export async function ledgerTotals(reads: ReadStore, filter: Filter, query: LedgerRange): Promise<LedgerTotals> {
  const totals = noTotals();
  for await (const entries of ledgerMonths(reads, filter, query)) for (const entry of entries) addToTotals(totals, entry);
  return totals;
}

function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}
