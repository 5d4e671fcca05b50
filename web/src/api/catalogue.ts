import type { ApiClient } from './client';

export interface CatalogueService {
  id: string;
  nameZh: string;
  nameEn: string;
  promisedWorkingDays: number;
  commitmentAllowed: boolean;
}

export const listServices = (api: ApiClient) => api.get<{ items: CatalogueService[] }>('/api/catalogue/services');
