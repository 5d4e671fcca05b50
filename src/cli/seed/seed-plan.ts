import type { Registration } from '../../app/enterprise-registration';
import type { FirmKind } from './credit-codes';
import { firmHistory, type SeedStep } from './firm-history';
import { FirmProfiles } from './firm-profiles';
import type { Random } from './random';
import { registrationInstant } from './registration-times';
import { yearsBefore } from './working-time';

/** How many years of history the seed writes before `now`. */
export const HISTORY_YEARS = 2;

export interface PlannedFirm {
  index: number;
  kind: FirmKind;
  registration: Registration;
  steps: readonly SeedStep[];
}

export interface SeedPlan {
  from: number;
  to: number;
  /** In order of registration. */
  firms: readonly PlannedFirm[];
  /** Every firm's steps, in time order across the district. */
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
  const steps = firms.flatMap((firm) => firm.steps).sort((a, b) => a.at - b.at || a.firm - b.firm || a.order - b.order);
  return { from, to, firms, steps };
}
