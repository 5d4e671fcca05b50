import type { Registration } from '../../app/enterprise-registration';
import type { Actor } from '../../domain/decider';
import { blacklistCase } from './blacklist-reasons';
import type { FirmKind } from './credit-codes';
import { deregistrationReason } from './deregistration-reasons';
import { actorOf, agentsCovering, DEMO_MANAGER } from '../../app/demo-users';
import { officeInstantBetween } from './office-instants';
import { chance, intBetween, pick, type Random } from './random';
import { firmChain, wholeSecond, type FirmCommand, type SeedAction, type SeedStep } from './seed-steps';
import { starterKitCostFen } from './starter-kit';
import { addWorkingMinutes, DAY, shanghaiDate, WORKING_DAY_MINUTES } from './working-time';

/** How often things happen in a firm's life. */
export const HISTORY_RATES = {
  /** Firms whose licence is still waiting (materials missing). */
  neverLicensed: 0.01,
  starterKit: 0.94,
  reassigned: 0.05,
  /** Among firms at least 90 days old. */
  blacklisted: 0.012,
  liftedAfterBlacklist: 0.3,
  /** Among firms at least 120 days old. */
  deregistered: 0.024,
} as const;

/** A firm drawn but not yet given a history. */
export interface FirmDraft {
  index: number;
  kind: FirmKind;
  registration: Registration;
  registeredAt: number;
}

export interface PlannedFirm {
  index: number;
  kind: FirmKind;
  registration: Registration;
  /** In time order, starting with its registration. */
  steps: readonly SeedStep[];
}

/**
 * The commands of one firm's life until `now`: registered by an agent or the admin, assigned a
 * concierge covering its township, licensed within 0.5–2 working days, the starter kit soon after,
 * and for a few a reassignment, a blacklisting (sometimes lifted) or deregistration. In time order.
 */
export function firmHistory(random: Random, firm: FirmDraft, now: number): SeedStep[] {
  const steps: Omit<SeedStep, 'key' | 'chains'>[] = [];
  const add = (instant: number, actor: Actor, action: SeedAction): number => {
    const at = wholeSecond(instant);
    steps.push({ at, actor, action });
    return at;
  };
  const command = (command: FirmCommand): SeedAction => ({ kind: 'firm-command', firm: firm.index, command });
  const manager = actorOf(DEMO_MANAGER);
  const t0 = firm.registeredAt;

  // The agent who files the registration becomes the firm's concierge and does its paperwork.
  const covering = agentsCovering(firm.registration.township);
  const agent = pick(random, covering);
  let concierge = actorOf(agent);
  add(t0, concierge, { kind: 'register', firm: firm.index, registration: firm.registration });

  if (!chance(random, HISTORY_RATES.neverLicensed)) {
    const leadDays = 0.5 + 1.5 * random() ** 2.5; // most within the 1.5-day target, some up to 2
    const licensedAt = add(addWorkingMinutes(t0, leadDays * WORKING_DAY_MINUTES), concierge, command({ type: 'IssueLicence' }));
    if (chance(random, HISTORY_RATES.starterKit)) {
      const costFen = starterKitCostFen(random);
      add(addWorkingMinutes(licensedAt, intBetween(random, 10, 900) + random()), concierge, command({ type: 'IssueStarterKit', costFen }));
    }
  }

  if (covering.length > 1 && chance(random, HISTORY_RATES.reassigned)) {
    const at = officeInstantBetween(random, t0 + 30 * DAY, now);
    const successor = pick(random, covering.filter((candidate) => candidate.id !== agent.id));
    if (at !== undefined) {
      add(at, manager, command({ type: 'AssignConcierge', agentId: successor.id }));
      concierge = actorOf(successor);
    }
  }

  if (t0 <= now - 90 * DAY && chance(random, HISTORY_RATES.blacklisted)) {
    const at = officeInstantBetween(random, t0 + 60 * DAY, now - DAY);
    if (at !== undefined) {
      const { reason, evidence, liftReason } = blacklistCase(random, Number(shanghaiDate(at).slice(0, 4)));
      add(at, manager, command({ type: 'BlacklistEnterprise', reason, evidence }));
      if (chance(random, HISTORY_RATES.liftedAfterBlacklist)) {
        const liftedAt = officeInstantBetween(random, at + 90 * DAY, at + 240 * DAY);
        if (liftedAt !== undefined && liftedAt <= now) add(liftedAt, manager, command({ type: 'LiftBlacklist', reason: liftReason }));
      }
    }
  }

  if (t0 <= now - 120 * DAY && chance(random, HISTORY_RATES.deregistered)) {
    const last = Math.max(...steps.map((step) => step.at));
    const at = officeInstantBetween(random, Math.max(last + 7 * DAY, t0 + 90 * DAY), now);
    if (at !== undefined) add(at, concierge, command({ type: 'DeregisterEnterprise', reason: deregistrationReason(random, firm.kind) }));
  }

  const chains = [firmChain(firm.index)];
  return steps
    .filter((step) => step.at <= now)
    .sort((a, b) => a.at - b.at)
    .map((step, order) => ({ ...step, key: `seed:${firm.registration.creditCode}:${order}`, chains }));
}
