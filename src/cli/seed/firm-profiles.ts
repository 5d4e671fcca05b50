import type { Registration } from '../../app/enterprise-registration';
import type { Channel } from '../../domain/enterprise/events';
import { TOWNSHIPS, type Township } from '../../domain/enterprise/district';
import type { Fen } from '../../domain/money';
import { creditCodeFor, organisationCode, type FirmKind } from './credit-codes';
import { PARK_PROFILES, RURAL_TOWNSHIPS, TOWNSHIP_WEIGHTS, type ParkProfile } from './district-weights';
import { firmName } from './firm-names';
import { INDUSTRY_MIX, type IndustryProfile } from './industries';
import { personName } from './person-names';
import { chance, drawDistinct, weightedPick, type Random } from './random';

export interface FirmProfile {
  kind: FirmKind;
  registration: Registration;
}

/** Typical registered capital of a company, in 万元 (10,000 yuan), before the industry's scale. */
const COMPANY_CAPITAL_WAN: readonly (readonly [number, number])[] = [
  [10, 8], [20, 6], [30, 9], [50, 14], [100, 22], [200, 12], [300, 9], [500, 10], [1000, 6], [2000, 2.5], [5000, 1],
];
/** The amounts people actually write: capital is rounded to one of these. */
const ROUND_CAPITAL_WAN: readonly number[] = [3, 5, 10, 20, 30, 50, 60, 80, 100, 150, 200, 300, 500, 600, 800, 1000, 1500, 2000, 3000, 5000, 8000, 10000, 20000];
/** Funds declared by an individual business (资金数额), in 万元. */
const INDIVIDUAL_CAPITAL_WAN: readonly (readonly [number, number])[] = [[1, 10], [2, 14], [3, 16], [5, 25], [8, 8], [10, 18], [20, 7], [30, 2]];

const FEN_PER_WAN = 1_000_000;

/** Draws firms one after another, each with a credit code and a name no earlier firm of this generator has. */
export class FirmProfiles {
  private readonly codes = new Set<string>();
  private readonly names = new Set<string>();

  constructor(private readonly random: Random) {}

  next(): FirmProfile {
    const random = this.random;
    const industry = weightedPick(random, INDUSTRY_MIX.map((profile) => [profile, profile.weight] as const));
    const kind: FirmKind = chance(random, industry.individualShare) ? 'individual' : 'company';
    const park = kind === 'company' ? parkFor(random, industry) : undefined;
    const township = park?.township ?? townshipFor(random, industry);
    const channel: Channel = chance(random, kind === 'company' ? 0.88 : 0.65) ? 'online' : 'window';
    return {
      kind,
      registration: {
        name: drawDistinct(this.names, () => firmName(random, kind, industry), 'firm names'),
        creditCode: drawDistinct(this.codes, () => creditCodeFor(kind, organisationCode(random)), 'credit codes'),
        legalRepresentative: personName(random),
        industry: industry.division,
        township,
        park: park?.park ?? null,
        registeredCapitalFen: capitalFor(random, kind, industry),
        channel,
      },
    };
  }
}

function parkFor(random: Random, industry: IndustryProfile): ParkProfile | undefined {
  return PARK_PROFILES.find((profile) => chance(random, profile.shareByIndustry[industry.division] ?? 0));
}

function townshipFor(random: Random, industry: IndustryProfile): Township {
  return weightedPick(
    random,
    TOWNSHIPS.map((township) => [township, TOWNSHIP_WEIGHTS[township] * (industry.rural && RURAL_TOWNSHIPS.includes(township) ? 4 : 1)] as const),
  );
}

function capitalFor(random: Random, kind: FirmKind, industry: IndustryProfile): Fen {
  if (kind === 'individual') return weightedPick(random, INDIVIDUAL_CAPITAL_WAN) * FEN_PER_WAN;
  const wan = weightedPick(random, COMPANY_CAPITAL_WAN) * industry.capitalScale;
  const rounded = ROUND_CAPITAL_WAN.reduce((best, candidate) => (Math.abs(candidate - wan) < Math.abs(best - wan) ? candidate : best));
  return rounded * FEN_PER_WAN;
}
