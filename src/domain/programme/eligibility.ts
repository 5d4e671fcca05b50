import { shanghaiDate, wholeMonthsBetween } from './calendar-date';
import type { EligibilityRules } from './terms';

/** What the eligibility rules look at in a firm (from its registration). */
export interface FirmProfile {
  industry: string;
  township: string;
  park: string | null;
  registeredAt: string;
}

export type EligibilityRule = 'industry' | 'township' | 'park' | 'firm-age';

/** The first rule the firm does not meet on the day of `now`, or undefined when it is eligible. */
export function unmetEligibilityRule(rules: EligibilityRules, firm: FirmProfile, now: string): EligibilityRule | undefined {
  if (rules.industries.length > 0 && !rules.industries.includes(firm.industry)) return 'industry';
  if (rules.townships.length > 0 && !rules.townships.includes(firm.township)) return 'township';
  if (rules.parks.length > 0 && (firm.park === null || !rules.parks.includes(firm.park))) return 'park';
  if (wholeMonthsBetween(shanghaiDate(firm.registeredAt), shanghaiDate(now)) < rules.minAgeMonths) return 'firm-age';
  return undefined;
}
