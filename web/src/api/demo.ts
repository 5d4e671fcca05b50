import type { ApiClient } from './client';

export type Role = 'agent' | 'enterprise' | 'manager' | 'finance' | 'admin';

export interface DemoUser {
  id: string;
  role: Role;
  name: string;
  enterpriseId?: string;
}

export const listDemoUsers = (api: ApiClient) => api.get<{ items: DemoUser[] }>('/api/demo/users');

export const signInAsDemoUser = (api: ApiClient, userId: string) => api.post<{ token: string; user: DemoUser }>('/api/demo/sign-in', { userId });
