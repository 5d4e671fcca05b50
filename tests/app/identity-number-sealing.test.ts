import { DomainError } from '../../src/domain/domain-error';
import { openIdentityNumber, sealIdentityNumber } from '../../src/app/personal-data/identity-number-sealing';
import { MemoryPersonalDataKeys } from '../../src/app/personal-data/memory-personal-data-keys';
import { PersonalDataErasedError } from '../../src/app/personal-data/personal-data-keys';
import { IDENTITY_NUMBER } from '../support/talent-fixtures';

describe('sealing identity numbers', () => {
  let keys: MemoryPersonalDataKeys;
  beforeEach(() => {
    keys = new MemoryPersonalDataKeys();
  });

  it("opens what it sealed under the person's key, and keeps the number out of the sealed value", async () => {
    const sealed = await sealIdentityNumber(keys, 'person-1', IDENTITY_NUMBER);
    expect(sealed).toEqual({ keyId: 'person-1', iv: expect.any(String), ciphertext: expect.any(String), tag: expect.any(String) });
    expect(Buffer.from(sealed.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(sealed.tag, 'base64')).toHaveLength(16);
    expect(JSON.stringify(sealed)).not.toContain(IDENTITY_NUMBER);
    expect(await openIdentityNumber(keys, sealed)).toBe(IDENTITY_NUMBER);
  });

  it('draws a fresh IV each time: the same number never seals the same way twice', async () => {
    const [first, second] = [await sealIdentityNumber(keys, 'person-1', IDENTITY_NUMBER), await sealIdentityNumber(keys, 'person-1', IDENTITY_NUMBER)];
    expect(first.iv).not.toBe(second.iv);
    expect(first.ciphertext).not.toBe(second.ciphertext);
  });

  it('refuses an invalid number with its code, before any key is made', async () => {
    const sealing = sealIdentityNumber(keys, 'person-1', '430102199003071235');
    await expect(sealing).rejects.toBeInstanceOf(DomainError);
    await expect(sealing).rejects.toMatchObject({ code: 'invalid-identity-number' });
    expect(await keys.find('person-1')).toBeUndefined();
  });

  it('opens nothing once the key is erased, and seals nothing more for that person', async () => {
    const sealed = await sealIdentityNumber(keys, 'person-1', IDENTITY_NUMBER);
    await keys.erase('person-1');
    expect(await openIdentityNumber(keys, sealed)).toBeUndefined();
    await expect(sealIdentityNumber(keys, 'person-1', IDENTITY_NUMBER)).rejects.toBeInstanceOf(PersonalDataErasedError);
  });

  it('refuses a sealed value that was altered, or moved onto another person', async () => {
    const sealed = await sealIdentityNumber(keys, 'person-1', IDENTITY_NUMBER);
    await keys.getOrCreate('person-2');
    const flipped = Buffer.from(sealed.ciphertext, 'base64');
    flipped[0]! ^= 1;
    await expect(openIdentityNumber(keys, { ...sealed, ciphertext: flipped.toString('base64') })).rejects.toThrow();
    await expect(openIdentityNumber(keys, { ...sealed, tag: Buffer.alloc(16).toString('base64') })).rejects.toThrow();
    await expect(openIdentityNumber(keys, { ...sealed, tag: Buffer.alloc(4).toString('base64') })).rejects.toThrow();
    await expect(openIdentityNumber(keys, { ...sealed, keyId: 'person-2' })).rejects.toThrow();
  });
});
