import { shanghaiDate } from '../domain/programme/calendar-date';
import type { EligibilityRules } from '../domain/programme/terms';
import type { Filter } from '../readstore/read-store';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The firms read-model filter that admits exactly the firms `unmetEligibilityRule` admits on the
 * day of `now`, and never a blacklisted or deregistered firm, so eligible firms page like any list.
 */
export function eligibilityFilter(rules: EligibilityRules, now: string): Filter {
  const filter: Filter = { blacklisted: false, status: { $ne: 'deregistered' }, registeredAt: { $lt: registeredBefore(rules.minAgeMonths, now) } };
  if (rules.industries.length > 0) filter['industry'] = { $in: rules.industries };
  if (rules.townships.length > 0) filter['township'] = { $in: rules.townships };
  if (rules.parks.length > 0) filter['park'] = { $in: rules.parks };
  return filter;
}

/**
 * The first instant of the Asia/Shanghai day after the last registration date old enough: the
 * same day `months` months back, or the last day of that month when it is shorter.
 */
function registeredBefore(months: number, now: string): string {
  const [year, month, day] = shanghaiDate(now).split('-').map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) - months;
  const [lastYear, lastMonth] = [Math.floor(monthIndex / 12), monthIndex % 12];
  const daysInMonth = new Date(Date.UTC(lastYear, lastMonth + 1, 0)).getUTCDate();
  const lastDate = new Date(Date.UTC(lastYear, lastMonth, Math.min(day, daysInMonth))).toISOString().slice(0, 10);
  return new Date(Date.parse(`${lastDate}T00:00:00+08:00`) + DAY_MS).toISOString();
}
