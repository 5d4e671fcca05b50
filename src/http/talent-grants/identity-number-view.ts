import { openIdentityNumber } from '../../app/personal-data/identity-number-sealing';
import type { PersonalDataKeys } from '../../app/personal-data/personal-data-keys';
import type { Role } from '../../domain/decider';
import { maskIdentityNumber } from '../../domain/identity-number';
import type { SealedPersonalData } from '../../domain/sealed-personal-data';

export interface IdentityNumberView {
  identityNumber: string | null;
  erased: boolean;
}

/** Opened with the person's key at read time: in full to finance, masked to everyone else, null to all once the key is erased. */
export async function identityNumberView(keys: PersonalDataKeys, sealed: SealedPersonalData, role: Role): Promise<IdentityNumberView> {
  const opened = await openIdentityNumber(keys, sealed);
  if (opened === undefined) return { identityNumber: null, erased: true };
  return { identityNumber: role === 'finance' ? opened : maskIdentityNumber(opened), erased: false };
}
