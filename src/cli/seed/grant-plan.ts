import type { TalentRequest } from '../../app/talent-grants';
import { addMonths } from '../../domain/programme/calendar-date';
import type { GrantTerms } from '../../domain/talent/tiers';
import { actorOf, DEMO_FINANCE, DEMO_MANAGER } from '../../app/demo-users';
import { FirmChainSteps } from './firm-chain-steps';
import type { PlannedFirm } from './firm-history';
import { FirmTimeline } from './firm-timeline';
import { endingReason, suspensionReason } from './grant-and-loan-texts';
import { IdentityNumbers } from './identity-numbers';
import { officeInstantBetween, officeInstantFromDate, workingDaysLater } from './office-instants';
import { personName } from './person-names';
import { chance, intBetween, pick, weightedPick, type Random } from './random';
import { FEN_PER_YUAN } from './seed-money';
import type { SeedStep } from './seed-steps';
import { DAY, shanghaiDate } from './working-time';

const GRANT_RATES = {
  /** Besides the first dozen, one grant per this many firms. */
  firmsPerGrant: 50,
  housingSubsidyPaid: 0.92,
  suspended: 0.2,
  /** Of the suspended: the rest end or stay suspended. */
  resumed: 0.5,
  endedAfterSuspension: 0.4,
  /** Of those never suspended. */
  ended: 0.12,
} as const;

const TIERS: readonly (readonly [GrantTerms['tier'], number])[] = [['full-time-phd', 4], ['high-end-skilled', 5], ['custom', 1]];
/** Grants are awarded over the last eighteen months, so some have paid out years and others only begun. */
const AWARD_WINDOW_DAYS = 540;

export interface PlannedGrant {
  index: number;
  firm: number;
  steps: SeedStep[];
}

const manager = actorOf(DEMO_MANAGER);
const finance = actorOf(DEMO_FINANCE);

/** A few dozen talent grants (人才引进) for employees of firms in good standing, awarded by the manager and paid by finance. */
export function planGrants(random: Random, firms: readonly PlannedFirm[], now: number): PlannedGrant[] {
  const wanted = 12 + Math.floor(firms.length / GRANT_RATES.firmsPerGrant);
  const identityNumbers = new IdentityNumbers(random);
  const grants: PlannedGrant[] = [];
  for (let attempt = 0; grants.length < wanted && attempt < wanted * 20 && firms.length > 0; attempt += 1) {
    const firm = pick(random, firms);
    const timeline = new FirmTimeline(firm.steps);
    const awardAt = officeInstantBetween(random, Math.max(now - AWARD_WINDOW_DAYS * DAY, timeline.registeredAt + 30 * DAY), now);
    if (awardAt === undefined || timeline.standingAt(awardAt) !== 'good') continue;
    const history = new FirmChainSteps({ firm: firm.index, key: `seed:grant:${firm.registration.creditCode}:${grants.length}` });
    grantHistory(random, history, { grant: grants.length, firm: firm.index, awardAt, identityNumber: identityNumbers.next(Number(shanghaiDate(awardAt).slice(0, 4))) });
    grants.push({ index: grants.length, firm: firm.index, steps: history.steps.filter((step) => step.at <= now) });
  }
  return grants;
}

interface GrantDraft {
  grant: number;
  firm: number;
  awardAt: number;
  identityNumber: string;
}

/**
 * One grant's life: awarded for a published tier (or amounts of its own), the housing subsidy paid,
 * each month's allowance paid in order on or soon after its due date; for some a suspension, resumed
 * or ended, for a few an end. A month falling due while suspended is not owed; nothing is paid while
 * suspended or once ended.
 */
function grantHistory(random: Random, history: FirmChainSteps, { grant, firm, awardAt, identityNumber }: GrantDraft): void {
  const command = (at: number, actor: typeof manager, request: TalentRequest, name: string): number => history.add(at, actor, { kind: 'grant-command', grant, request }, name);
  const tier = weightedPick(random, TIERS);
  const terms: GrantTerms = tier === 'custom' ? { tier, housingSubsidyFen: intBetween(random, 5, 15) * 10_000 * FEN_PER_YUAN, monthlyAllowanceFen: intBetween(random, 10, 30) * 100 * FEN_PER_YUAN } : { tier };
  const months = tier === 'custom' ? 12 : pick(random, [24, 36]);
  const awardedAt = history.add(awardAt, manager, { kind: 'award-grant', grant, firm, award: { personName: personName(random), identityNumber, terms, months } }, 'award');
  const startsOn = shanghaiDate(awardedAt);

  const pause = suspension(random, awardedAt);
  const endAt = pause ? pause.endAt : chance(random, GRANT_RATES.ended) ? workingDaysLater(random, awardedAt, 20, 200) : undefined;
  if (pause) command(pause.from, manager, { type: 'SuspendTalentGrant', reason: suspensionReason(random) }, 'suspension');
  if (pause?.to !== undefined) command(pause.to, manager, { type: 'ResumeTalentGrant' }, 'resumption');
  if (endAt !== undefined) command(endAt, manager, { type: 'EndTalentGrant', reason: endingReason(random) }, 'end');

  /** When a payment meant for `at` can be made: after the suspension when it falls within one, never once ended. */
  const payable = (at: number): number | undefined => {
    const suspended = pause !== undefined && at >= pause.from && (pause.to === undefined || at < pause.to);
    const paidAt = suspended ? pause.to && workingDaysLater(random, pause.to, 0.2, 3) : at;
    return paidAt === undefined || (endAt !== undefined && paidAt >= endAt) ? undefined : paidAt;
  };
  let lastAt = awardedAt;
  if (chance(random, GRANT_RATES.housingSubsidyPaid)) {
    const paidAt = payable(workingDaysLater(random, awardedAt, 3, 15));
    if (paidAt !== undefined) lastAt = command(paidAt, finance, { type: 'PayHousingSubsidy' }, 'housing-subsidy');
  }
  const forfeited = (dueOn: string): boolean => pause !== undefined && shanghaiDate(pause.from) <= dueOn && (pause.to === undefined || dueOn < shanghaiDate(pause.to));
  for (let month = 1; month <= months; month += 1) {
    const dueOn = addMonths(startsOn, month - 1);
    if (forfeited(dueOn)) continue;
    const paidAt = payable(Math.max(officeInstantFromDate(random, dueOn, 3), lastAt + 60_000));
    if (paidAt === undefined) return;
    lastAt = command(paidAt, finance, { type: 'PayMonthlyAllowance', month }, `allowance-${month}`);
  }
}

interface Pause {
  from: number;
  /** Resumed then; undefined while it lasts. */
  to?: number;
  /** Ended instead of resumed. */
  endAt?: number;
}

function suspension(random: Random, awardedAt: number): Pause | undefined {
  if (!chance(random, GRANT_RATES.suspended)) return undefined;
  const from = workingDaysLater(random, awardedAt, 20, 200);
  if (chance(random, GRANT_RATES.resumed)) return { from, to: workingDaysLater(random, from, 20, 80) };
  return chance(random, GRANT_RATES.endedAfterSuspension) ? { from, endAt: workingDaysLater(random, from, 40, 100) } : { from };
}
