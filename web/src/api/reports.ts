import type { ApiClient } from './client';

export interface QualityFigures {
  completed: number;
  rated: number;
  evaluationRate: number | null;
  satisfactionRate: number | null;
  onTimeRate: number | null;
  averageWorkingDaysSaved: number | null;
}

/** GET /api/reports/service-quality. */
export interface ServiceQualityReport {
  overall: QualityFigures;
  byAgent: (QualityFigures & { agentId: string })[];
  byService: (QualityFigures & { serviceId: string; nameZh: string; nameEn: string })[];
}

export const serviceQuality = (api: ApiClient, asOf?: string) => api.get<ServiceQualityReport>('/api/reports/service-quality', { asOf });
