import type { ProgrammePublication } from '../../app/programmes';
import type { Fen } from '../../domain/money';
import { unmetEligibilityRule } from '../../domain/programme/eligibility';
import type { EligibilityRules } from '../../domain/programme/terms';
import { applicationHistory, type PlannedApplication } from './application-history';
import { firstDayOfMonth, lastDayOfMonth, startOfDate } from './calendar-months';
import { planClawbacks } from './clawbacks';
import { actorOf, DEMO_MANAGER } from '../../app/demo-users';
import type { PlannedFirm } from './firm-history';
import { FirmTimeline } from './firm-timeline';
import { officeInstantBetween, workingDaysLater } from './office-instants';
import { PaymentReferences } from './payment-references';
import { PROGRAMME_CATALOGUE, type ProgrammeTemplate } from './programme-catalogue';
import { chance, type Random } from './random';
import { FEN_PER_YUAN } from './seed-money';
import { programmeChain, wholeSecond, type SeedAction, type SeedStep } from './seed-steps';
import { PROGRAMME_CLOSED } from './subsidy-reasons';
import { DAY } from './working-time';

export interface PlannedProgramme {
  index: number;
  publication: ProgrammePublication;
  /** Its publication, and its closing when that falls before now. */
  steps: SeedStep[];
}

export interface ProgrammesPlan {
  programmes: PlannedProgramme[];
  applications: PlannedApplication[];
}

/** Long enough for any month: a firm this many days old times the months asked is old enough. */
const LONGEST_MONTH_DAYS = 31;

interface District {
  random: Random;
  firms: readonly PlannedFirm[];
  timelines: readonly FirmTimeline[];
  references: PaymentReferences;
  now: number;
}

/**
 * The district's programmes over the history from `from` to `now`: each published by the manager
 * a few weeks before its window opens, applied to by the concierges of eligible firms in good
 * standing, and closed by the manager once its window has shut and every application is decided.
 */
export function planProgrammes(random: Random, firms: readonly PlannedFirm[], from: number, now: number): ProgrammesPlan {
  const district: District = { random, firms, timelines: firms.map((firm) => new FirmTimeline(firm.steps)), references: new PaymentReferences(random), now };
  const plan: ProgrammesPlan = { programmes: [], applications: [] };
  for (const template of PROGRAMME_CATALOGUE) planProgramme(district, template, from, plan);
  return plan;
}

function planProgramme(district: District, template: ProgrammeTemplate, from: number, plan: ProgrammesPlan): void {
  const { random, now } = district;
  const publication = publicationOf(template, from);
  const opensAt = startOfDate(publication.window.opensOn);
  const closesAt = startOfDate(publication.window.closesOn) + DAY - 1000;
  // Published some two to four weeks before its window opens: ten working days fit in thirty calendar days, holidays and all.
  const publishedAt = wholeSecond(workingDaysLater(random, opensAt - 30 * DAY, 0, 10));
  if (publishedAt > now) return;

  const index = plan.programmes.length;
  const key = `seed:programme:${publication.window.opensOn}:${publication.name}`;
  const manager = actorOf(DEMO_MANAGER);
  const step = (at: number, action: SeedAction, suffix: string): SeedStep => ({ at, actor: manager, action, key: `${key}:${suffix}`, chains: [programmeChain(index)] });
  const steps = [step(publishedAt, { kind: 'publish-programme', programme: index, publication }, 'publish')];

  const applications: PlannedApplication[] = [];
  for (const firm of district.firms) {
    const timeline = district.timelines[firm.index]!;
    if (!matchesLastingRules(publication.eligibility, firm) || !chance(random, template.applicationRate)) continue;
    const oldEnoughAt = timeline.registeredAt + (publication.eligibility.minAgeMonths * LONGEST_MONTH_DAYS + 1) * DAY;
    const appliedAt = officeInstantBetween(random, Math.max(opensAt, oldEnoughAt), closesAt);
    if (appliedAt === undefined || appliedAt > now || !admits(publication.eligibility, firm, timeline, appliedAt)) continue;
    const draft = {
      index: plan.applications.length + applications.length,
      programme: index,
      firm: firm.index,
      template,
      timeline,
      appliedAt: wholeSecond(appliedAt),
      requestedFen: requestedAmount(random, template),
      key: `${key}:${firm.registration.creditCode}`,
    };
    applications.push(applicationHistory(random, draft, district.references, now));
  }

  const decidedAt = applications.flatMap((application) => application.steps.filter((s) => s.action.kind === 'approve' || s.action.kind === 'reject').map((s) => s.at));
  const closedAt = wholeSecond(workingDaysLater(random, Math.max(closesAt, ...decidedAt), 10, 25));
  if (closedAt <= now) {
    steps.push(step(closedAt, { kind: 'close-programme', programme: index, reason: PROGRAMME_CLOSED }, 'close'));
    planClawbacks(random, applications, closedAt, now);
  }
  plan.programmes.push({ index, publication, steps });
  plan.applications.push(...applications);
}

function publicationOf(template: ProgrammeTemplate, from: number): ProgrammePublication {
  const [opens, closes] = template.windowMonths;
  const window = { opensOn: firstDayOfMonth(from, opens), closesOn: lastDayOfMonth(from, closes) };
  return {
    name: template.name(window.opensOn, window.closesOn),
    kind: template.kind,
    budgetFen: template.budgetYuan * FEN_PER_YUAN,
    capPerEnterpriseFen: template.capYuan * FEN_PER_YUAN,
    eligibility: { industries: [...template.industries], townships: [], parks: [...template.parks], minAgeMonths: template.minAgeMonths },
    window,
    deferredAmountDueOn: template.deferredDueMonths === undefined ? null : lastDayOfMonth(from, closes + template.deferredDueMonths),
  };
}

/** Industry, township and park: a firm that does not meet them never will, and its concierge does not look further. */
const matchesLastingRules = (rules: EligibilityRules, firm: PlannedFirm): boolean =>
  unmetEligibilityRule({ ...rules, minAgeMonths: 0 }, profileOf(firm, firm.steps[0]!.at), new Date(firm.steps[0]!.at).toISOString()) === undefined;

/** What the application service will check when the concierge files at `at`. */
const admits = (rules: EligibilityRules, firm: PlannedFirm, timeline: FirmTimeline, at: number): boolean =>
  timeline.standingAt(at) === 'good' && unmetEligibilityRule(rules, profileOf(firm, timeline.registeredAt), new Date(at).toISOString()) === undefined;

const profileOf = (firm: PlannedFirm, registeredAt: number) => ({
  industry: firm.registration.industry,
  township: firm.registration.township,
  park: firm.registration.park ?? null,
  registeredAt: new Date(registeredAt).toISOString(),
});

/** From the template's minimum up to the cap, most near the bottom, in whole multiples of its round amount. */
function requestedAmount(random: Random, template: ProgrammeTemplate): Fen {
  const { minYuan, roundYuan, skew } = template.request;
  const yuan = minYuan * (template.capYuan / minYuan) ** (random() ** skew);
  return Math.min(template.capYuan, Math.max(minYuan, Math.round(yuan / roundYuan) * roundYuan)) * FEN_PER_YUAN;
}
