import type { PlannedApplication } from './application-history';
import { firmHistory, type PlannedFirm } from './firm-history';
import { FirmProfiles } from './firm-profiles';
import { planGrants, type PlannedGrant } from './grant-plan';
import { planLoans, type PlannedLoan } from './loan-plan';
import { planProgrammes, type PlannedProgramme } from './programme-plan';
import type { Random } from './random';
import { registrationInstant } from './registration-times';
import type { SeedStep } from './seed-steps';
import type { PlannedTask } from './task-history';
import { planTasks } from './task-plan';
import { yearsBefore } from './working-time';

/** How many years of history the seed writes before `now`. */
export const HISTORY_YEARS = 2;

export interface SeedPlan {
  from: number;
  to: number;
  /** In order of registration. */
  firms: readonly PlannedFirm[];
  programmes: readonly PlannedProgramme[];
  applications: readonly PlannedApplication[];
  tasks: readonly PlannedTask[];
  grants: readonly PlannedGrant[];
  /** Credit lines and guaranteed loans. */
  loans: readonly PlannedLoan[];
  /** Every step, in time order across the district; at the same instant a firm's own steps come first. */
  steps: readonly SeedStep[];
}

/** The whole district's history, drawn from `random` alone: the same generator state gives the same plan. */
export function planDistrict(random: Random, firmCount: number, now: string): SeedPlan {
  if (!Number.isSafeInteger(firmCount) || firmCount < 0) throw new RangeError(`The number of firms must be a whole number, not ${firmCount}`);
  const to = Date.parse(now);
  if (Number.isNaN(to)) throw new RangeError(`${now} is not an ISO instant`);
  const from = yearsBefore(to, HISTORY_YEARS);

  const profiles = new FirmProfiles(random);
  const drafts = Array.from({ length: firmCount }, () => {
    const profile = profiles.next();
    return { ...profile, registeredAt: registrationInstant(random, from, to, profile.registration.channel) };
  }).sort((a, b) => a.registeredAt - b.registeredAt);

  const firms = drafts.map((draft, index): PlannedFirm => ({
    index,
    kind: draft.kind,
    registration: draft.registration,
    steps: firmHistory(random, { ...draft, index }, to),
  }));
  const { programmes, applications } = planProgrammes(random, firms, from, to);
  const tasks = planTasks(random, firms, to);
  const grants = planGrants(random, firms, to);
  const loans = planLoans(random, firms, to);
  // A stable sort: the firms' steps first, so that at a shared instant the other steps see the firm as it then is.
  const steps = [...firms, ...programmes, ...applications, ...tasks, ...grants, ...loans].flatMap((owner) => owner.steps).sort((a, b) => a.at - b.at);
  return { from, to, firms, programmes, applications, tasks, grants, loans, steps };
}
