import { newPersonalDataKey, PersonalDataErasedError, type PersonalDataKeys } from './personal-data-keys';

/** Keys in a map, for unit tests; null marks an erased person. Callers get copies, as from a database. */
export class MemoryPersonalDataKeys implements PersonalDataKeys {
  private readonly keys = new Map<string, Buffer | null>();

  async getOrCreate(personId: string): Promise<Buffer> {
    if (!this.keys.has(personId)) this.keys.set(personId, newPersonalDataKey());
    const key = this.keys.get(personId);
    if (!key) throw new PersonalDataErasedError(personId);
    return Buffer.from(key);
  }

  async find(personId: string): Promise<Buffer | undefined> {
    const key = this.keys.get(personId);
    return key ? Buffer.from(key) : undefined;
  }

  async erase(personId: string): Promise<void> {
    this.keys.set(personId, null);
  }

  async close(): Promise<void> {}
}
