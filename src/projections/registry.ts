import { enterprisesProjection } from './enterprises';
import type { Projection } from './projection';
import { timelineProjection } from './timeline';

export const projections: readonly Projection[] = [enterprisesProjection, timelineProjection];

export function projectionNamed(name: string): Projection {
  const found = projections.find((p) => p.name === name);
  if (!found) throw new Error(`No projection named ${name}; known: ${projections.map((p) => p.name).join(', ')}`);
  return found;
}
