import { disbursementAuditProjection } from './audit/disbursement-audit';
import { enterprisesProjection } from './enterprises';
import { programmesProjection } from './programmes';
import type { Projection } from './projection';
import { subsidiesProjection } from './subsidies';
import { timelineProjection } from './timeline';

export const projections: readonly Projection[] = [enterprisesProjection, timelineProjection, programmesProjection, subsidiesProjection, disbursementAuditProjection];

export function projectionNamed(name: string): Projection {
  const found = projections.find((p) => p.name === name);
  if (!found) throw new Error(`No projection named ${name}; known: ${projections.map((p) => p.name).join(', ')}`);
  return found;
}
