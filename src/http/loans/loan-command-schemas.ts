import { z } from 'zod';
import { fen, text } from '../schemas';
import { wholeNumber } from '../whole-number';

const termMonths = wholeNumber('must be a whole number of months').describe('1 to 360');

export const creditLineBody = z.strictObject({
  enterpriseId: text(100),
  bank: text(100).describe('The bank that granted the line (授信)'),
  amountFen: fen('amountFen'),
  termMonths,
});
export const loanApplicationBody = z.strictObject({ enterpriseId: text(100), amountFen: fen('amountFen'), termMonths });
export const loanRejectionBody = z.strictObject({ reason: text(500) });
export const repaymentBody = z.strictObject({
  instalment: wholeNumber('must be an instalment number').describe('The instalment repaid, from 1'),
  amountFen: fen('amountFen').describe('All the instalment still owes, or part of it; never more'),
});
