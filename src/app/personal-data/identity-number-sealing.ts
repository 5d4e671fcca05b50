import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { assertIdentityNumber } from '../../domain/identity-number';
import type { SealedPersonalData } from '../../domain/sealed-personal-data';
import type { PersonalDataKeys } from './personal-data-keys';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Checks an identity number (invalid-identity-number) and seals it under the person's key. The
 * person's id is bound in as additional data, so a sealed value copied onto another person's
 * record does not open.
 */
export async function sealIdentityNumber(keys: PersonalDataKeys, personId: string, identityNumber: string): Promise<SealedPersonalData> {
  assertIdentityNumber(identityNumber, 'identityNumber');
  const key = await keys.getOrCreate(personId);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES }).setAAD(Buffer.from(personId));
  const ciphertext = Buffer.concat([cipher.update(identityNumber, 'utf8'), cipher.final()]);
  return { keyId: personId, iv: iv.toString('base64'), ciphertext: ciphertext.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/** The identity number, or undefined once the person's key is erased. Throws when the sealed value was tampered with. */
export async function openIdentityNumber(keys: PersonalDataKeys, sealed: SealedPersonalData): Promise<string | undefined> {
  const key = await keys.find(sealed.keyId);
  if (!key) return undefined;
  const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(sealed.iv, 'base64'), { authTagLength: TAG_BYTES })
    .setAAD(Buffer.from(sealed.keyId))
    .setAuthTag(Buffer.from(sealed.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]).toString('utf8');
}
