import type { ApiClient, Page } from './client';

/** A programme's money as GET /api/programmes lists it. */
export interface ProgrammeFigures {
  id: string;
  name: string;
  status: 'open' | 'closed';
  budgetFen: number;
  committedFen: number;
  disbursedFen: number;
  clawedBackFen: number;
  remainingFen: number;
  capPerEnterpriseFen: number;
}

export interface ProgrammeMonth {
  month: string;
  committedFen: number;
  disbursedFen: number;
  clawedBackFen: number;
  committedToDateFen: number;
  disbursedToDateFen: number;
}

export interface FirmAgainstCap {
  enterpriseId: string;
  enterpriseName: string | null;
  committedFen: number;
  disbursedFen: number;
  capFen: number;
  headroomFen: number;
  overCap: boolean;
}

/** GET /api/audit/programmes/{id}. */
export interface ProgrammeAudit {
  programme: ProgrammeFigures;
  months: ProgrammeMonth[];
  firms: Page<FirmAgainstCap>;
}

export interface EventRef {
  id: string;
  stream: string;
  revision: number;
  position: number;
  hash: string;
}

export interface LedgerEntry {
  id: string;
  kind: 'payment' | 'clawback';
  subsidyId: string;
  programmeId: string | null;
  enterpriseId: string | null;
  enterpriseName: string | null;
  amountFen: number;
  paymentReference: string | null;
  reason: string | null;
  approverId: string | null;
  approvedAt: string | null;
  disburserId: string;
  paidAt: string;
  provenance: { entry: EventRef; approval: EventRef | null; commitment: EventRef | null };
}

export interface LedgerTotals {
  entries: number;
  paidFen: number;
  clawedBackFen: number;
  netFen: number;
}

export type AnomalyKind =
  | 'payment-past-approval'
  | 'duplicate-payment-reference'
  | 'payment-to-blacklisted-firm'
  | 'payment-to-deregistered-firm'
  | 'approver-disburser-attempt'
  | 'commitment-left-open';

export interface Anomaly {
  id: string;
  kind: AnomalyKind;
  at: string;
  subsidyId: string;
  programmeId: string | null;
  enterpriseId: string | null;
  enterpriseName: string | null;
  amountFen: number;
  actorId: string;
  evidence: EventRef;
}

export interface IntegrityReport {
  intact: boolean;
  eventsChecked: number;
  streamsChecked: number;
  broken: { stream: string; revision: number; position: number; eventId: string | null; problem: string; detail: string }[];
}

export interface LedgerQuery {
  programmeId?: string;
  asOf?: string;
}

export const listProgrammeFigures = (api: ApiClient, asOf?: string) => api.get<Page<ProgrammeFigures>>('/api/programmes', { limit: 500, asOf });
export const auditProgramme = (api: ApiClient, id: string, asOf?: string, cursor?: string) =>
  api.get<ProgrammeAudit>(`/api/audit/programmes/${encodeURIComponent(id)}`, { asOf, cursor, limit: 20 });
const ledgerPage = (api: ApiClient, query: LedgerQuery, limit: number, cursor?: string) =>
  api.get<Page<LedgerEntry> & { totals: LedgerTotals }>('/api/audit/disbursements', { ...query, cursor, limit });
export const listLedger = (api: ApiClient, query: LedgerQuery, cursor?: string) => ledgerPage(api, query, 50, cursor);
/** The totals over every matching entry, which each page carries: the smallest page is enough. */
export const ledgerTotals = async (api: ApiClient, query: LedgerQuery) => (await ledgerPage(api, query, 1)).totals;
export const listAnomalies = (api: ApiClient, asOf?: string, cursor?: string) => api.get<Page<Anomaly>>('/api/audit/anomalies', { asOf, cursor, limit: 50 });
export const checkIntegrity = (api: ApiClient, asOf?: string) => api.get<IntegrityReport>('/api/audit/integrity', { asOf });

/** The ledger as CSV. The client reads it as text (which drops the byte-order mark); the file gets it back so spreadsheets read the Chinese as UTF-8. */
export async function ledgerCsv(api: ApiClient, query: LedgerQuery): Promise<Blob> {
  const text = await api.get<string>('/api/audit/disbursements', { ...query, format: 'csv' });
  return new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
}
