import { DomainError } from './domain-error';

/** Money is integer fen (1 yuan = 100 fen), never a float. */
export type Fen = number;

export function assertFen(value: number, field: string, { allowZero = true } = {}): Fen {
  if (!Number.isSafeInteger(value) || value < 0 || (!allowZero && value === 0)) {
    throw new DomainError('invalid-amount', `${field} must be a whole number of fen${allowZero ? ', zero or more' : ', more than zero'}`, { field, value });
  }
  return value;
}
