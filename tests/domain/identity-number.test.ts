import { DomainError } from '../../src/domain/domain-error';
import { assertIdentityNumber, identityCheckCharacter, identityNumberProblem, maskIdentityNumber } from '../../src/domain/identity-number';
import { IDENTITY_NUMBER } from '../support/talent-fixtures';

describe('identity numbers (GB 11643)', () => {
  it('accepts numbers with the right check character, X standing for 10', () => {
    expect(identityNumberProblem('11010519491231002X')).toBeUndefined(); // the standard's own example
    expect(identityNumberProblem(IDENTITY_NUMBER)).toBeUndefined();
    expect(identityCheckCharacter('11010519491231002')).toBe('X');
  });

  it('names what is wrong with one that is not valid', () => {
    expect(identityNumberProblem('43010219900307123')).toBe('length');
    expect(identityNumberProblem('11010519491231002x')).toBe('character');
    expect(identityNumberProblem('4301021990030712A4')).toBe('character');
    expect(identityNumberProblem('430102199002301234')).toBe('birth-date');
    expect(identityNumberProblem('430102199003071235')).toBe('check-character');
  });

  it('is refused with its own code, naming the field and the problem', () => {
    expect(assertIdentityNumber(IDENTITY_NUMBER, 'identityNumber')).toBe(IDENTITY_NUMBER);
    let error: unknown;
    try {
      assertIdentityNumber('430102199003071235', 'identityNumber');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'invalid-identity-number', details: { field: 'identityNumber', problem: 'check-character' } });
  });

  it('is shown masked: the region and the last four characters', () => {
    expect(maskIdentityNumber(IDENTITY_NUMBER)).toBe('4301**********1234');
  });
});
