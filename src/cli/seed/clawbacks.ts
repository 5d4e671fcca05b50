import type { Fen } from '../../domain/money';
import { ApplicationSteps, type PlannedApplication } from './application-history';
import { actorOf, DEMO_MANAGER } from '../../app/demo-users';
import { workingDaysLater } from './office-instants';
import { chance, type Random } from './random';
import { FEN_PER_YUAN, roundedDown } from './seed-money';
import { clawbackReason } from './subsidy-reasons';

const CLAWBACK_RATES = {
  /** Among the paid applications of a closed programme. */
  clawedBack: 0.05,
  /** The rest recover 30–70% of what was paid. */
  inFull: 0.6,
} as const;

/**
 * Audits after a programme has closed find a few paid applications to recover money from (追回).
 * Only then: money clawed back returns to the budget, and a closed programme commits no more, so
 * what was approved never exceeds the budget.
 */
export function planClawbacks(random: Random, applications: readonly PlannedApplication[], programmeClosedAt: number, now: number): void {
  const manager = actorOf(DEMO_MANAGER);
  for (const application of applications) {
    const paidFen = paidTotal(application);
    if (paidFen === 0 || !chance(random, CLAWBACK_RATES.clawedBack)) continue;
    const at = workingDaysLater(random, Math.max(programmeClosedAt, application.steps.at(-1)!.at), 20, 150);
    const amountFen = chance(random, CLAWBACK_RATES.inFull) ? paidFen : roundedDown(paidFen * (0.3 + 0.4 * random()), FEN_PER_YUAN);
    if (at <= now) new ApplicationSteps(application, application.steps).add(at, manager, { kind: 'claw-back', application: application.index, amountFen, reason: clawbackReason(random) });
  }
}

const paidTotal = (application: PlannedApplication): Fen =>
  application.steps.reduce((sum, step) => sum + (step.action.kind === 'disburse' ? step.action.amountFen : 0), 0);
