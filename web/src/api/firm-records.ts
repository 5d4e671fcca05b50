import type { ApiClient, Page } from './client';

/** A firm's subsidy applications, loans and talent grants, as far as the console shows them. */
export interface Subsidy {
  id: string;
  programmeId: string;
  requestedFen: number;
  status: string;
  appliedAt: string;
  materialsRequests: { missingItems: string[] }[];
  outstandingMaterials: string[];
  approval: { approvedFen: number } | null;
  disbursedFen: number;
  revision: number;
}

export interface Loan {
  id: string;
  kind: 'credit-line' | 'loan';
  bank?: string;
  amountFen: number;
  termMonths: number;
  status: string;
  openedAt: string;
  owedFen?: number;
}

export interface TalentGrant {
  id: string;
  person: { name: string };
  tier: string;
  months: number;
  status: string;
  awardedAt: string;
}

export interface Programme {
  id: string;
  name: string;
  status: 'open' | 'closed';
}

const ofFirm = (enterpriseId: string) => ({ enterpriseId, limit: 100 });

export const listSubsidies = (api: ApiClient, enterpriseId: string) => api.get<Page<Subsidy>>('/api/subsidies', ofFirm(enterpriseId));
export const listLoans = (api: ApiClient, enterpriseId: string) => api.get<Page<Loan>>('/api/loans', ofFirm(enterpriseId));
export const listTalentGrants = (api: ApiClient, enterpriseId: string) => api.get<Page<TalentGrant>>('/api/talent-grants', ofFirm(enterpriseId));
export const listOpenProgrammes = (api: ApiClient) => api.get<Page<Programme>>('/api/programmes', { status: 'open', limit: 100 });

export const applyForSubsidy = (api: ApiClient, body: { programmeId: string; enterpriseId: string; requestedFen: number }) => api.command('/api/subsidies', body);
export const applyForLoan = (api: ApiClient, body: { enterpriseId: string; amountFen: number; termMonths: number }) => api.command('/api/loans', body);
export const subsidyCommand = (api: ApiClient, subsidy: Pick<Subsidy, 'id' | 'revision'>, step: string, body: object) =>
  api.command(`/api/subsidies/${encodeURIComponent(subsidy.id)}/${step}`, body, { revision: subsidy.revision });
