import { usccCheckCharacter } from '../../src/domain/uscc';

/** A valid unified social credit code built from a serial number. */
export function creditCode(serial: number): string {
  const body = `91430702${String(serial).padStart(9, '0')}`;
  return body + usccCheckCharacter(body);
}
