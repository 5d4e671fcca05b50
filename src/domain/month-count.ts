import { DomainError } from './domain-error';

/** Thirty years: longer than any grant or loan term, and a bound on the schedules built from one. */
const MAX_MONTHS = 360;

/** A term in whole calendar months, from 1 to 360. */
export function assertMonthCount(value: number, field: string): number {
  if (!Number.isSafeInteger(value) || value < 1 || value > MAX_MONTHS) {
    throw new DomainError('invalid-months', `${field} must be a whole number of months from 1 to ${MAX_MONTHS}`, { field, value });
  }
  return value;
}
