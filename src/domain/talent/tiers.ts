import { assertFen, type Fen } from '../money';

export interface GrantAmounts {
  housingSubsidyFen: Fen;
  monthlyAllowanceFen: Fen;
}

/** The district's published tiers (人才引进). */
export const TALENT_TIER_PRESETS = {
  /** Full-time PhD: 200,000 yuan housing subsidy and 2,000 yuan a month. */
  'full-time-phd': { housingSubsidyFen: 20_000_000, monthlyAllowanceFen: 200_000 },
  /** High-end skilled talent: 100,000 yuan and 2,000 yuan a month. */
  'high-end-skilled': { housingSubsidyFen: 10_000_000, monthlyAllowanceFen: 200_000 },
} as const satisfies Record<string, GrantAmounts>;

export type PresetTier = keyof typeof TALENT_TIER_PRESETS;
/** `custom`: an award that names its own amounts instead of a published tier. */
export type TalentTier = PresetTier | 'custom';

/** An award names a published tier, or gives both amounts itself. */
export type GrantTerms = { tier: PresetTier } | ({ tier: 'custom' } & GrantAmounts);

export function grantAmounts(terms: GrantTerms): GrantAmounts {
  if (terms.tier !== 'custom') return TALENT_TIER_PRESETS[terms.tier];
  return {
    housingSubsidyFen: assertFen(terms.housingSubsidyFen, 'terms.housingSubsidyFen', { allowZero: false }),
    monthlyAllowanceFen: assertFen(terms.monthlyAllowanceFen, 'terms.monthlyAllowanceFen', { allowZero: false }),
  };
}
