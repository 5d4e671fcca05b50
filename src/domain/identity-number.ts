import { DomainError } from './domain-error';
import { isCalendarDate } from './programme/calendar-date';

/**
 * The citizen identity number (公民身份号码) of GB 11643-1999: a 6-digit address code, the birth
 * date YYYYMMDD, a 3-digit sequence, and a check character over the first 17 digits (ISO 7064
 * MOD 11-2, weights 2^(17-i) mod 11), where X stands for 10.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

export function identityCheckCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((total, weight, i) => total + Number(first17[i]) * weight, 0);
  return CHECK_CHARACTERS[sum % 11]!;
}

export type IdentityNumberProblem = 'length' | 'character' | 'birth-date' | 'check-character';

/** Why a value is not a valid identity number, or undefined when it is. */
export function identityNumberProblem(value: string): IdentityNumberProblem | undefined {
  if (value.length !== 18) return 'length';
  if (!/^\d{17}[\dX]$/.test(value)) return 'character';
  if (!isCalendarDate(`${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`)) return 'birth-date';
  return identityCheckCharacter(value) === value[17] ? undefined : 'check-character';
}

export function assertIdentityNumber(value: string, field: string): string {
  const problem = identityNumberProblem(value);
  if (problem) throw new DomainError('invalid-identity-number', `The identity number is not valid (${problem})`, { field, problem });
  return value;
}

/** What reads show to everyone but finance: the region and the last four characters, 4301**********1234. */
export const maskIdentityNumber = (value: string): string => `${value.slice(0, 4)}${'*'.repeat(Math.max(0, value.length - 8))}${value.slice(-4)}`;
