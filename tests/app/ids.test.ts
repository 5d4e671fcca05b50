import { deterministicId, newId } from '../../src/app/ids';

describe('ids', () => {
  it('makes version-7 UUIDs that sort by time and differ in 74 random bits', () => {
    const earlier = newId(1_700_000_000_000);
    const later = newId(1_700_000_000_001);
    expect(earlier).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(earlier < later).toBe(true);
    const sameMillisecond = new Set(Array.from({ length: 1000 }, () => newId(1_700_000_000_000)));
    expect(sameMillisecond.size).toBe(1000);
  });

  it('makes the same version-5 UUID from the same name, and another from another', () => {
    expect(deterministicId('key\nstream\n0')).toBe(deterministicId('key\nstream\n0'));
    expect(deterministicId('key\nstream\n0')).not.toBe(deterministicId('key\nstream\n1'));
    expect(deterministicId('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
