import type { Actor } from '../../domain/decider';
import type { Fen } from '../../domain/money';
import { actorOf, DEMO_FINANCE, DEMO_MANAGER } from '../../app/demo-users';
import type { FirmTimeline } from './firm-timeline';
import { workingDaysLater } from './office-instants';
import type { PaymentReferences } from './payment-references';
import type { ProgrammeTemplate } from './programme-catalogue';
import { chance, drawDistinct, intBetween, pick, weightedPick, type Random } from './random';
import { FEN_PER_YUAN, roundedDown } from './seed-money';
import { firmChain, programmeChain, wholeSecond, type SeedAction, type SeedStep } from './seed-steps';
import { BUDGET_SPENT, MATERIALS_NOT_SUPPLIED, rejectionReason, STANDING_REJECTIONS } from './subsidy-reasons';

/** How often things happen to an application. */
const APPLICATION_RATES = {
  materialsRequested: 0.25,
  materialsSupplied: 0.88,
  rejected: 0.15,
  /** Approved in full; the others get 70–95% of their request. */
  approvedInFull: 0.55,
  /** Closed once fully paid. */
  closed: 0.85,
} as const;

export interface ApplicationDraft {
  index: number;
  programme: number;
  firm: number;
  template: ProgrammeTemplate;
  timeline: FirmTimeline;
  appliedAt: number;
  requestedFen: Fen;
  /** Stable across runs of the same seed: the firm's credit code and the programme. */
  key: string;
}

export interface PlannedApplication {
  index: number;
  programme: number;
  firm: number;
  key: string;
  steps: SeedStep[];
}

/**
 * Steps that read the programme (filing needs it published) or write its ledger run in plan order
 * with its other such steps: budget refusals fall the same way on every run, and ledger writes
 * never race each other.
 */
const ON_PROGRAMME_CHAIN: ReadonlySet<SeedAction['kind']> = new Set(['apply', 'approve', 'disburse', 'claw-back']);

/** Appends steps to one application's history, each keyed by its place in it. */
export class ApplicationSteps {
  constructor(
    private readonly application: Pick<PlannedApplication, 'programme' | 'firm' | 'key'>,
    readonly steps: SeedStep[] = [],
  ) {}

  add(instant: number, actor: Actor, action: SeedAction): number {
    const at = wholeSecond(instant);
    const chains = ON_PROGRAMME_CHAIN.has(action.kind) ? [firmChain(this.application.firm), programmeChain(this.application.programme)] : [firmChain(this.application.firm)];
    this.steps.push({ at, actor, action, key: `${this.application.key}:${this.steps.length}`, chains });
    return at;
  }
}

/**
 * One application's life until `now`: filed by the firm's concierge; for some, materials requested
 * by the manager all at once and supplied by the concierge (or never, and rejected); approved or
 * rejected by the manager; paid in tranches by finance under fresh payment references while the
 * firm stays in good standing; closed by finance once fully paid. Clawbacks come later, once the
 * programme has closed (see programme-plan.ts).
 */
export function applicationHistory(random: Random, draft: ApplicationDraft, references: PaymentReferences, now: number): PlannedApplication {
  const { index, programme, firm, template, timeline, appliedAt, requestedFen } = draft;
  const manager = actorOf(DEMO_MANAGER);
  const finance = actorOf(DEMO_FINANCE);
  const history = new ApplicationSteps(draft);
  history.add(appliedAt, timeline.conciergeAt(appliedAt), { kind: 'apply', application: index, programme, firm, requestedFen });

  let readyAt = appliedAt;
  if (chance(random, APPLICATION_RATES.materialsRequested)) {
    const missing = missingItems(random, template);
    const requestedAt = history.add(workingDaysLater(random, appliedAt, 2, 8), manager, { kind: 'request-materials', application: index, missingItems: missing });
    if (!chance(random, APPLICATION_RATES.materialsSupplied)) {
      history.add(workingDaysLater(random, requestedAt, 15, 20), manager, { kind: 'reject', application: index, reason: MATERIALS_NOT_SUPPLIED });
      return cutAt(history, draft, now);
    }
    const suppliedAt = workingDaysLater(random, requestedAt, 2, 15);
    readyAt = history.add(suppliedAt, timeline.conciergeAt(suppliedAt), { kind: 'supply-materials', application: index, items: missing });
  }

  const decidedAt = workingDaysLater(random, readyAt, 5, 20);
  const standing = timeline.standingAt(decidedAt);
  if (standing !== 'good' || chance(random, APPLICATION_RATES.rejected)) {
    const reason = standing === 'good' ? rejectionReason(random) : STANDING_REJECTIONS[standing];
    history.add(decidedAt, manager, { kind: 'reject', application: index, reason });
    return cutAt(history, draft, now);
  }
  const approvedFen = approvedAmount(random, requestedFen, template.request.roundYuan * FEN_PER_YUAN);
  const approvedAt = history.add(decidedAt, manager, { kind: 'approve', application: index, approvedFen, rejectionIfRefused: BUDGET_SPENT });

  let paidAt = approvedAt;
  const tranches = trancheAmounts(random, approvedFen, weightedPick(random, template.tranches));
  for (const [position, amountFen] of tranches.entries()) {
    const at = position === 0 ? workingDaysLater(random, paidAt, 3, 15) : workingDaysLater(random, paidAt, 15, 45);
    if (timeline.standingAt(at) !== 'good') return cutAt(history, draft, now);
    paidAt = history.add(at, finance, { kind: 'disburse', application: index, amountFen, paymentReference: references.next(at) });
  }
  if (chance(random, APPLICATION_RATES.closed)) history.add(workingDaysLater(random, paidAt, 1, 10), finance, { kind: 'close-application', application: index });
  return cutAt(history, draft, now);
}

function cutAt(history: ApplicationSteps, { index, programme, firm, key }: ApplicationDraft, now: number): PlannedApplication {
  return { index, programme, firm, key, steps: history.steps.filter((step) => step.at <= now) };
}

/** 一次性告知: everything missing, listed at once. */
function missingItems(random: Random, template: ProgrammeTemplate): string[] {
  const count = intBetween(random, 1, Math.min(3, template.materials.length));
  const items = new Set<string>();
  for (let i = 0; i < count; i += 1) drawDistinct(items, () => pick(random, template.materials), 'materials');
  return template.materials.filter((item) => items.has(item));
}

function approvedAmount(random: Random, requestedFen: Fen, stepFen: Fen): Fen {
  if (chance(random, APPLICATION_RATES.approvedInFull)) return requestedFen;
  const share = 0.7 + 0.25 * random();
  return roundedDown(requestedFen * share, stepFen);
}

/** The approved amount in `count` tranches of whole yuan; the last takes what is left. */
function trancheAmounts(random: Random, approvedFen: Fen, count: number): Fen[] {
  const amounts: Fen[] = [];
  let left = approvedFen;
  for (let remaining = count; remaining > 1; remaining -= 1) {
    const share = (0.8 + 0.4 * random()) / remaining;
    const amount = Math.min(left - FEN_PER_YUAN, roundedDown(left * share, FEN_PER_YUAN));
    amounts.push(amount);
    left -= amount;
  }
  return [...amounts, left];
}
