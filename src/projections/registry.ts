import { disbursementAuditProjection } from './audit/disbursement-audit';
import { enterprisesProjection } from './enterprises';
import { loansProjection } from './grants-and-loans/loans';
import { paymentScheduleProjection } from './grants-and-loans/payment-schedule';
import { reachTotalsProjection } from './grants-and-loans/reach-totals';
import { talentGrantsProjection } from './grants-and-loans/talent-grants';
import { programmesProjection } from './programmes';
import { reminderInboxProjection } from './reminder-inbox';
import type { Projection } from './projection';
import { serviceQualityProjection } from './tasks/service-quality';
import { subsidiesProjection } from './subsidies';
import { tasksProjection } from './tasks/tasks-projection';
import { timelineProjection } from './timeline';

export const projections: readonly Projection[] = [enterprisesProjection, timelineProjection, programmesProjection, subsidiesProjection, disbursementAuditProjection, tasksProjection, serviceQualityProjection, talentGrantsProjection, loansProjection, paymentScheduleProjection, reachTotalsProjection, reminderInboxProjection];

export function projectionNamed(name: string): Projection {
  const found = projections.find((p) => p.name === name);
  if (!found) throw new Error(`No projection named ${name}; known: ${projections.map((p) => p.name).join(', ')}`);
  return found;
}
