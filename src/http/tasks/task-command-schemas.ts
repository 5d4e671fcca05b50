import { z } from 'zod';
import { fen, materialItems, text } from '../schemas';

const longText = text(2000);

export const taskIdParams = z.strictObject({ id: z.string().min(1).max(100) });

export const openTaskBody = z.strictObject({
  enterpriseId: text(100),
  serviceCode: text(100).describe('The id of a service in GET /api/catalogue/services'),
  keyProject: text(200).nullable().default(null).describe('The key project (重点项目) the task serves, if any'),
});
export const materialsRequestBody = z.strictObject({ missingItems: materialItems.describe('Every missing item at once (一次性告知): there is no second request') });
export const commitmentBody = z.strictObject({
  missingItems: materialItems.describe('What the firm commits to supply after the permit is issued'),
  materialsDueInWorkingDays: z
    .number({ error: 'must be a whole number of working days' })
    .int('must be a whole number of working days')
    .min(1, 'must be at least 1')
    .max(250, 'must be at most 250'),
});
export const completionBody = z.strictObject({ outcome: text(500), costSavedFen: fen('costSavedFen').describe('What the firm saved by the district doing it') });
export const cancellationBody = z.strictObject({ reason: text(500) });
export const handoverBody = z.strictObject({ toAgentId: text(100), reason: text(500) });
export const ratingBody = z.strictObject({
  score: z
    .number({ error: 'must be a whole number from 1 to 5' })
    .int('must be a whole number from 1 to 5')
    .min(1, 'must be a whole number from 1 to 5')
    .max(5, 'must be a whole number from 1 to 5')
    .describe('好差评: 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意; 1 or 2 opens a rectification'),
  comment: z.string().trim().max(1000, 'must be at most 1000 characters').default(''),
});
export const verificationBody = z.strictObject({ findings: longText });
export const rectificationActionBody = z.strictObject({ actions: longText });
export const rectificationAnswerBody = z.strictObject({ answer: longText });
export const complaintBody = z.strictObject({ text: longText });
export const complaintAnswerBody = z.strictObject({
  complaintNo: z.number({ error: 'must be a complaint number' }).int('must be a complaint number').min(1, 'must be a complaint number'),
  answer: longText,
});
