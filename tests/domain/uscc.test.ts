import fc from 'fast-check';
import { usccCheckCharacter, usccProblem } from '../../src/domain/uscc';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts published codes with their check character', () => {
    // Codes as printed on real business licences.
    for (const code of ['91350100M000100Y43', '91110000600037341L', '91440300708461136T']) expect(usccProblem(code)).toBeUndefined();
  });

  it('names what is wrong with a bad code', () => {
    expect(usccProblem('91350100M000100Y4')).toBe('length');
    expect(usccProblem('91350100M000100Y4I')).toBe('character');
    expect(usccProblem('91350100m000100Y43')).toBe('character');
    expect(usccProblem('91350100M000100Y44')).toBe('check-character');
  });

  it('refuses any code with a single character changed', () => {
    const chars = fc.constantFrom(...ALPHABET);
    fc.assert(
      fc.property(fc.array(chars, { minLength: 17, maxLength: 17 }), fc.nat(17), chars, (body, at, replacement) => {
        const code = body.join('') + usccCheckCharacter(body.join(''));
        fc.pre(code[at] !== replacement);
        const changed = code.slice(0, at) + replacement + code.slice(at + 1);
        expect(usccProblem(code)).toBeUndefined();
        expect(usccProblem(changed)).toBe('check-character');
      }),
    );
  });
});
