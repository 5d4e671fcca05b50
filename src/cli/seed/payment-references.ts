import { drawDistinct, pick, type Random } from './random';
import { shanghaiDate } from './working-time';

const REFERENCE_CHARACTERS = [...'0123456789ABCDEFGHJKLMNPQRSTUVWXYZ'];

/**
 * Treasury payment voucher numbers (国库集中支付凭证号): GKZF, the payment date, six random characters.
 * Random rather than counted, so that a second seed appended to the same store does not reuse them.
 */
export class PaymentReferences {
  private readonly issued = new Set<string>();

  constructor(private readonly random: Random) {}

  next(at: number): string {
    const date = shanghaiDate(at).replaceAll('-', '');
    return drawDistinct(this.issued, () => `GKZF${date}${Array.from({ length: 6 }, () => pick(this.random, REFERENCE_CHARACTERS)).join('')}`, 'payment references');
  }
}
