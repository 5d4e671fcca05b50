import { DomainError } from '../domain-error';
import { INDUSTRY_DIVISION, isPark, isTownship } from '../enterprise/district';
import { assertFen, type Fen } from '../money';
import { isCalendarDate, shanghaiDate } from './calendar-date';

/**
 * `award` is a cash award with no more specific kind; the district's own award funds
 * (产业扶持, 现代服务扶持, 移动互联网产业园扶持) have their kinds, as do reliefs, deferrals (缓缴),
 * talent (人才引进) and guaranteed loans (创业担保贷款).
 */
export const PROGRAMME_KINDS = [
  'award',
  'industrial-support',
  'modern-services',
  'mobile-internet-park',
  'tax-relief',
  'deferral',
  'social-insurance-relief',
  'talent',
  'guaranteed-loan',
] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

/** Asia/Shanghai calendar dates, both days included. */
export interface ApplicationWindow {
  opensOn: string;
  closesOn: string;
}

/** An empty list admits every firm; a blacklisted firm is never admitted, whatever the rules. */
export interface EligibilityRules {
  industries: string[];
  townships: string[];
  parks: string[];
  minAgeMonths: number;
}

export interface ProgrammeTerms {
  name: string;
  kind: ProgrammeKind;
  capPerEnterpriseFen: Fen;
  eligibility: EligibilityRules;
  window: ApplicationWindow;
  /** Deferrals only: the date by which the deferred amount is to be paid. */
  deferredAmountDueOn: string | null;
}

export function assertValidTerms(terms: ProgrammeTerms): ProgrammeTerms {
  assertFen(terms.capPerEnterpriseFen, 'capPerEnterpriseFen', { allowZero: false });
  assertValidEligibility(terms.eligibility);
  assertDate(terms.window.opensOn, 'window.opensOn');
  assertDate(terms.window.closesOn, 'window.closesOn');
  if (terms.window.closesOn < terms.window.opensOn) {
    throw new DomainError('invalid-window', 'The application window closes before it opens', { field: 'window' });
  }
  if (terms.kind === 'deferral' && terms.deferredAmountDueOn === null) {
    throw new DomainError('deferral-due-date-required', 'A deferral names the date by which the deferred amount is to be paid', { field: 'deferredAmountDueOn' });
  }
  if (terms.kind !== 'deferral' && terms.deferredAmountDueOn !== null) {
    throw new DomainError('deferral-due-date-not-applicable', 'Only a deferral has a due date for a deferred amount', { field: 'deferredAmountDueOn' });
  }
  if (terms.deferredAmountDueOn !== null) assertDate(terms.deferredAmountDueOn, 'deferredAmountDueOn');
  return terms;
}

export type WindowProblem = 'window-not-yet-open' | 'window-closed';

export function windowProblem(window: ApplicationWindow, now: string): WindowProblem | undefined {
  const today = shanghaiDate(now);
  if (today < window.opensOn) return 'window-not-yet-open';
  if (today > window.closesOn) return 'window-closed';
  return undefined;
}

function assertValidEligibility({ industries, townships, parks, minAgeMonths }: EligibilityRules): void {
  const industry = industries.find((code) => !INDUSTRY_DIVISION.test(code));
  if (industry !== undefined) throw new DomainError('invalid-industry', `${industry} is not a GB/T 4754-2017 division such as I65`, { field: 'eligibility.industries' });
  const township = townships.find((name) => !isTownship(name));
  if (township !== undefined) throw new DomainError('unknown-township', `${township} is not a township or street of the district`, { field: 'eligibility.townships' });
  const park = parks.find((name) => !isPark(name));
  if (park !== undefined) throw new DomainError('unknown-park', `${park} is not a park of the district`, { field: 'eligibility.parks' });
  if (!Number.isSafeInteger(minAgeMonths) || minAgeMonths < 0) {
    throw new DomainError('invalid-min-age', 'The minimum firm age is a whole number of months, zero or more', { field: 'eligibility.minAgeMonths' });
  }
}

function assertDate(value: string, field: string): void {
  if (!isCalendarDate(value)) throw new DomainError('invalid-date', `${field} must be a calendar date YYYY-MM-DD`, { field, value });
}
