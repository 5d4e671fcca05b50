import { z } from 'zod';
import { PAYMENT_REFERENCE } from '../../domain/subsidy/payment-reference-reservation';
import { fen, materialItems, text } from '../schemas';

const id = z.string().trim().min(1, 'must not be empty').max(100);

export const subsidyIdParams = z.strictObject({ id: z.string().min(1).max(100) });

export const applyBody = z.strictObject({ programmeId: id, enterpriseId: id, requestedFen: fen('requestedFen') });
export const materialsRequestBody = z.strictObject({ missingItems: materialItems.describe('Every missing item at once (一次性告知)') });
export const materialsBody = z.strictObject({ items: materialItems.describe('Items among those requested') });
export const approvalBody = z.strictObject({ approvedFen: fen('approvedFen') });
export const rejectionBody = z.strictObject({ reason: text(500) });
export const clawbackBody = z.strictObject({ amountFen: fen('amountFen'), reason: text(500) });
export const disbursementBody = z.strictObject({
  amountFen: fen('amountFen'),
  paymentReference: z
    .string()
    .trim()
    .toUpperCase()
    .refine((reference) => PAYMENT_REFERENCE.test(reference), 'must be 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit')
    .describe('Upper-cased before it is checked and stored, so one reference cannot be written two ways'),
});
