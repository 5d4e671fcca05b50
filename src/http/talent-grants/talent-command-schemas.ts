import { z } from 'zod';
import type { TalentAward } from '../../app/talent-grants';
import { TALENT_TIER_PRESETS, type GrantTerms } from '../../domain/talent/tiers';
import { personId } from '../people/person-schemas';
import { fen, text } from '../schemas';
import { wholeNumber } from '../whole-number';

const TIERS = [...(Object.keys(TALENT_TIER_PRESETS) as (keyof typeof TALENT_TIER_PRESETS)[]), 'custom'] as const;
const AMOUNTS = ['housingSubsidyFen', 'monthlyAllowanceFen'] as const;
const API_PHD_TIER = 'phd';

const positiveFen = (what: string) => fen(what).min(1, `${what} must be more than zero`);

export const awardBody = z
  .strictObject({
    enterpriseId: text(100).describe('The employing firm'),
    personName: text(100),
    identityNumber: z
      .string()
      .trim()
      .max(64, 'must be at most 64 characters')
      .transform((value) => value.replace(/x$/, 'X'))
      .describe('公民身份号码 (GB 11643), 18 characters; a trailing x is read as X. Sealed under the person’s key before it is written'),
    personId: personId.optional().describe('Only for a person who holds a grant already: this award is sealed under their key too, so that one erasure covers both'),
    tier: z
      .enum([...TIERS, API_PHD_TIER], `must be one of ${[...TIERS, API_PHD_TIER].join(', ')}`)
      .transform((tier) => (tier === API_PHD_TIER ? 'full-time-phd' : tier))
      .describe(`A published tier sets both amounts; custom gives them. "${API_PHD_TIER}", as API.md writes it, is full-time-phd`),
    housingSubsidyFen: positiveFen('housingSubsidyFen').optional().describe('With tier custom only'),
    monthlyAllowanceFen: positiveFen('monthlyAllowanceFen').optional().describe('With tier custom only'),
    months: wholeNumber('must be a whole number of months').describe('How many monthly allowances, 1 to 360'),
  })
  .superRefine((body, context) => {
    for (const amount of AMOUNTS) {
      if (body.tier === 'custom' && body[amount] === undefined) context.addIssue({ code: 'custom', path: [amount], message: 'is required with tier custom' });
      if (body.tier !== 'custom' && body[amount] !== undefined) context.addIssue({ code: 'custom', path: [amount], message: `is set by tier ${body.tier}: leave it out, or give tier custom` });
    }
  });

/** The award a valid body asks for: the schema's refinement sees to it that a custom tier has both amounts. */
export function talentAward({ tier, housingSubsidyFen, monthlyAllowanceFen, ...award }: z.infer<typeof awardBody>): TalentAward {
  const terms: GrantTerms = tier === 'custom' ? { tier, housingSubsidyFen: housingSubsidyFen!, monthlyAllowanceFen: monthlyAllowanceFen! } : { tier };
  return { ...award, terms };
}

export const allowancePaymentBody = z.strictObject({ month: wholeNumber('must be a month number').describe('The allowance month paid, from 1, in order') });
export const reasonBody = z.strictObject({ reason: text(500) });
