import { randomUUID } from 'node:crypto';
import { PersonalDataErasedError, type PersonalDataKeys } from '../../src/app/personal-data/personal-data-keys';

export interface PersonalDataKeysFixture {
  keys: PersonalDataKeys;
  dispose(): Promise<void>;
}

/** Every PersonalDataKeys adapter must pass this suite; person ids are fresh per test, so a shared server works too. */
export function describePersonalDataKeysContract(adapter: string, open: () => Promise<PersonalDataKeysFixture>): void {
  describe(`PersonalDataKeys contract: ${adapter}`, () => {
    let fixture: PersonalDataKeysFixture;
    let keys: PersonalDataKeys;
    beforeEach(async () => {
      fixture = await open();
      keys = fixture.keys;
    });
    afterEach(() => fixture.dispose());
    const person = (): string => `person-${randomUUID()}`;

    it('creates a 256-bit key on first use and answers the same key after', async () => {
      const id = person();
      const key = await keys.getOrCreate(id);
      expect(key).toHaveLength(32);
      expect(await keys.getOrCreate(id)).toEqual(key);
      expect(await keys.find(id)).toEqual(key);
    });

    it('gives each person a key of their own', async () => {
      expect(await keys.getOrCreate(person())).not.toEqual(await keys.getOrCreate(person()));
    });

    it('finds no key for a person who never had one', async () => {
      expect(await keys.find(person())).toBeUndefined();
    });

    it('answers one key to first uses that race each other', async () => {
      const id = person();
      const raced = await Promise.all(Array.from({ length: 10 }, () => keys.getOrCreate(id)));
      expect(new Set(raced.map((key) => key.toString('hex'))).size).toBe(1);
      expect(await keys.find(id)).toEqual(raced[0]);
    });

    it('erases a key for good: it is found no more, and never created again', async () => {
      const id = person();
      const other = person();
      const otherKey = await keys.getOrCreate(other);
      await keys.getOrCreate(id);
      await keys.erase(id);
      expect(await keys.find(id)).toBeUndefined();
      await expect(keys.getOrCreate(id)).rejects.toBeInstanceOf(PersonalDataErasedError);
      expect(await keys.find(other)).toEqual(otherKey);
    });

    it('erases twice, or a person who never had a key, who then never gets one', async () => {
      const id = person();
      await keys.erase(id);
      await keys.erase(id);
      expect(await keys.find(id)).toBeUndefined();
      await expect(keys.getOrCreate(id)).rejects.toBeInstanceOf(PersonalDataErasedError);
    });

    it('hands out copies: changing a key in hand changes no stored key', async () => {
      const id = person();
      const key = await keys.getOrCreate(id);
      const kept = Buffer.from(key);
      key.fill(0);
      expect(await keys.find(id)).toEqual(kept);
    });
  });
}
