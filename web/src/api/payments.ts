import type { ApiClient, Page } from './client';

export type ScheduleStatus = 'paid' | 'due' | 'late' | 'upcoming' | 'suspended' | 'ended';

/** An allowance month or a loan instalment (GET /api/schedules/payments). */
export interface ScheduleEntry {
  id: string;
  kind: 'allowance' | 'instalment';
  sourceId: string;
  enterpriseId: string;
  enterpriseName: string | null;
  number: number;
  dueOn: string;
  amountFen: number;
  paidFen: number;
  owedFen: number;
  status: ScheduleStatus;
}

export interface PaymentSchedule extends Page<ScheduleEntry> {
  asOn: string;
  totals: { entries: number; amountFen: number; paidFen: number; owedFen: number; lateFen: number };
}

export interface TalentGrantPayments {
  id: string;
  enterpriseId: string;
  person: { name: string };
  housingSubsidyFen: number;
  housingPaidAt: string | null;
  status: 'active' | 'suspended' | 'ended';
  revision: number;
}

export interface ApprovedSubsidy {
  id: string;
  programmeId: string;
  enterpriseId: string;
  enterpriseName: string | null;
  approval: { approvedFen: number; approverId: string } | null;
  disbursedFen: number;
  revision: number;
}

export const paymentSchedule = (api: ApiClient, range: { from: string; to: string }, cursor?: string, limit = 100) =>
  api.get<PaymentSchedule>('/api/schedules/payments', { ...range, cursor, limit });
export const listTalentGrantPayments = (api: ApiClient, cursor?: string) => api.get<Page<TalentGrantPayments>>('/api/talent-grants', { cursor, limit: 100 });
export const listApprovedSubsidies = (api: ApiClient, cursor?: string) => api.get<Page<ApprovedSubsidy>>('/api/subsidies', { status: 'approved', cursor, limit: 100 });

const talentGrant = (id: string) => `/api/talent-grants/${encodeURIComponent(id)}`;
export const payAllowance = (api: ApiClient, grantId: string, month: number) => api.command(`${talentGrant(grantId)}/allowance-payments`, { month });
export const payHousingSubsidy = (api: ApiClient, grant: Pick<TalentGrantPayments, 'id' | 'revision'>) =>
  api.command(`${talentGrant(grant.id)}/housing-payment`, {}, { revision: grant.revision });
export const repayInstalment = (api: ApiClient, loanId: string, body: { instalment: number; amountFen: number }) =>
  api.command(`/api/loans/${encodeURIComponent(loanId)}/repayments`, body);
export const disburseSubsidy = (api: ApiClient, subsidy: Pick<ApprovedSubsidy, 'id' | 'revision'>, body: { amountFen: number; paymentReference: string }) =>
  api.command(`/api/subsidies/${encodeURIComponent(subsidy.id)}/disbursements`, body, { revision: subsidy.revision });
