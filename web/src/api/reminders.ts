import type { Bilingual } from '../i18n/language-context';
import type { ApiClient, Page } from './client';

/** One reminder sent to the caller (GET /api/reminders). */
export interface Reminder {
  key: string;
  kind: string;
  title: Bilingual;
  body: Bilingual;
  deadline: string;
  sentAt: string;
  subject: { enterpriseId?: string; taskId?: string; loanId?: string; talentId?: string; programmeId?: string; subsidyId?: string };
}

export const listReminders = (api: ApiClient, cursor?: string) => api.get<Page<Reminder>>('/api/reminders', { limit: 50, cursor });
