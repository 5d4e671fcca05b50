import { identityCheckCharacter } from '../../src/domain/identity-number';

/** A valid identity number (GB 11643) for each serial below 1000: region 430102, born 1990-03-07, the serial as sequence. */
export function identityNumberOf(serial: number): string {
  const first17 = `43010219900307${String(serial % 1000).padStart(3, '0')}`;
  return `${first17}${identityCheckCharacter(first17)}`;
}

/** Valid, with the check character X (10). */
export const IDENTITY_NUMBER_ENDING_IN_X = '43010219900307008X';
