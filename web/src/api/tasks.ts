import type { Bilingual } from '../i18n/language-context';
import type { ApiClient, Page, Query } from './client';

export type TaskStatus = 'opened' | 'in-progress' | 'awaiting-materials' | 'completed' | 'cancelled';

export interface Task {
  id: string;
  enterpriseId: string;
  enterpriseName: string | null;
  service: { id: string; nameZh: string; nameEn: string; statutoryWorkingDays: number; promisedWorkingDays: number };
  firstContactAgentId: string;
  ownerId: string;
  status: TaskStatus;
  openedAt: string;
  dueOn: string | null;
  overdue: boolean;
  paused: boolean;
  workingDaysLeft: number | null;
  materialsRequest: { missingItems: string[]; requestedAt: string } | null;
  commitment: { status: 'signed' | 'fulfilled' | 'breached'; missingItems: string[]; materialsDueOn: string } | null;
  completion: { outcome: string; costSavedFen: number; workingDaysTaken: number; onTime: boolean; completedAt: string } | null;
  rating: { level: number; comment: string; ratedAt: string } | null;
  rectification: { status: 'open' | 'verified' | 'carried-out' | 'answered'; dueOn: string } | null;
  complaints: { complaintNo: number; text: string; filedAt: string; answer: { answer: string } | null }[];
  revision: number;
}

export interface TaskHistoryEntry {
  id: string;
  type: string;
  occurredAt: string;
  actor: { id: string; role: string };
  summary: Bilingual;
}

export interface TaskDetail extends Task {
  history: TaskHistoryEntry[];
}

export interface TaskListQuery extends Query {
  agentId?: string;
  enterpriseId?: string;
  status?: 'open' | 'completed' | 'cancelled';
  cursor?: string;
  limit?: number;
}

export const listTasks = (api: ApiClient, query: TaskListQuery) => api.get<Page<Task>>('/api/tasks', query);
export const getTask = (api: ApiClient, id: string) => api.get<TaskDetail>(`/api/tasks/${encodeURIComponent(id)}`);

/** POST /api/tasks/{id}/<step>: every task command, against the revision the page showed. */
export const taskCommand = (api: ApiClient, task: Pick<Task, 'id' | 'revision'>, step: string, body: object = {}) =>
  api.command(`/api/tasks/${encodeURIComponent(task.id)}/${step}`, body, { revision: task.revision });

export const openTask = (api: ApiClient, body: { enterpriseId: string; serviceCode: string; keyProject: string | null }) => api.command('/api/tasks', body);
