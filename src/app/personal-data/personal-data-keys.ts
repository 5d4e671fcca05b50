import { randomBytes } from 'node:crypto';

/**
 * Where each person's data key lives, outside the event log: events carry personal data sealed
 * under it (SealedPersonalData), so erasing the key erases the data in every event at once. An
 * erased person keeps a tombstone and never gets a key again: a late write cannot make their data
 * readable again under the same id.
 */
export interface PersonalDataKeys {
  /** The person's key, created on first use; throws PersonalDataErasedError once erased. */
  getOrCreate(personId: string): Promise<Buffer>;
  /** The person's key, or undefined when there is none or it was erased. */
  find(personId: string): Promise<Buffer | undefined>;
  /** Destroys the key for good; erasing twice, or a person who never had a key, is fine. */
  erase(personId: string): Promise<void>;
  close(): Promise<void>;
}

/** AES-256: 32 random bytes. */
export const newPersonalDataKey = (): Buffer => randomBytes(32);

export class PersonalDataErasedError extends Error {
  constructor(readonly personId: string) {
    super(`The personal data of ${personId} is erased: nothing more is sealed for them`);
    this.name = 'PersonalDataErasedError';
  }
}
