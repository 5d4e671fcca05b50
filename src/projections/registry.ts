import { disbursementAuditProjection } from './audit/disbursement-audit';
import { enterprisesProjection } from './enterprises';
import { programmesProjection } from './programmes';
import type { Projection } from './projection';
import { subsidiesProjection } from './subsidies';
import { serviceQualityProjection } from './tasks/service-quality';
import { tasksProjection } from './tasks/tasks-projection';
import { timelineProjection } from './timeline';

export const projections: readonly Projection[] = [enterprisesProjection, timelineProjection, programmesProjection, subsidiesProjection, disbursementAuditProjection, tasksProjection, serviceQualityProjection];

export function projectionNamed(name: string): Projection {
  const found = projections.find((p) => p.name === name);
  if (!found) throw new Error(`No projection named ${name}; known: ${projections.map((p) => p.name).join(', ')}`);
  return found;
}
