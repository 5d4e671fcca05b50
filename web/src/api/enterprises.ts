import type { Bilingual } from '../i18n/language-context';
import type { ApiClient, Page, Query } from './client';

export type FirmStatus = 'registered' | 'licensed' | 'deregistered';

export interface Firm {
  id: string;
  name: string;
  creditCode: string;
  legalRepresentative: string;
  industry: string;
  township: string;
  park: string | null;
  registeredCapitalFen: number;
  channel: 'online' | 'window';
  status: FirmStatus;
  registeredAt: string;
  licence: { issuedAt: string; leadTimeMinutes: number } | null;
  starterKit: { costFen: number; issuedAt: string } | null;
  agentId: string | null;
  owners: { agentId: string; from: string }[];
  blacklisted: boolean;
  blacklist: { reason: string; evidence: string; blacklistedAt: string } | null;
  deregistration: { reason: string; deregisteredAt: string } | null;
  flags: string[];
  revision: number;
}

export interface TimelineEntry {
  id: string;
  type: string;
  occurredAt: string;
  stream: string;
  actor: { id: string; role: string };
  summary: Bilingual;
}

export interface FirmListQuery extends Query {
  agentId?: string;
  township?: string;
  status?: FirmStatus;
  q?: string;
  cursor?: string;
}

export const listFirms = (api: ApiClient, query: FirmListQuery) => api.get<Page<Firm>>('/api/enterprises', query);
export const getFirm = (api: ApiClient, id: string) => api.get<Firm>(`/api/enterprises/${encodeURIComponent(id)}`);
export const getTimeline = (api: ApiClient, id: string, cursor?: string) =>
  api.get<Page<TimelineEntry>>(`/api/enterprises/${encodeURIComponent(id)}/timeline`, { limit: 100, cursor });

/** POST /api/enterprises/{id}/<step>: the firm's lifecycle commands, against the revision the page showed. */
export const firmCommand = (api: ApiClient, firm: Pick<Firm, 'id' | 'revision'>, step: string, body: object = {}) =>
  api.command(`/api/enterprises/${encodeURIComponent(firm.id)}/${step}`, body, { revision: firm.revision });
