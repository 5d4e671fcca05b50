import { identityCheckCharacter } from '../../domain/identity-number';
import { drawDistinct, intBetween, pick, type Random } from './random';

/** Address codes (行政区划代码) of Hunan: Changde's districts and counties first, then other cities' central districts. */
const HUNAN_AREA_CODES: readonly string[] = [
  '430702', '430703', '430721', '430722', '430723', '430724', '430725', '430726', '430781',
  '430102', '430105', '430111', '430202', '430302', '430402', '430502', '430602', '430802', '430902', '431002', '431102', '431202', '431302', '433101',
];

const twoDigits = (value: number): string => String(value).padStart(2, '0');

/**
 * Valid GB 11643 identity numbers of Hunan-born adults, each new to this generator: born 24 to 50
 * years before `year`, with a sequence number and the check character over the first 17 digits.
 */
export class IdentityNumbers {
  private readonly issued = new Set<string>();

  constructor(private readonly random: Random) {}

  next(year: number): string {
    const random = this.random;
    return drawDistinct(
      this.issued,
      () => {
        const born = `${year - intBetween(random, 24, 50)}${twoDigits(intBetween(random, 1, 12))}${twoDigits(intBetween(random, 1, 28))}`;
        const first17 = `${pick(random, HUNAN_AREA_CODES)}${born}${String(intBetween(random, 1, 999)).padStart(3, '0')}`;
        return first17 + identityCheckCharacter(first17);
      },
      'identity numbers',
    );
  }
}
