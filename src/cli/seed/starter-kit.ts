import type { Fen } from '../../domain/money';
import { intBetween, type Random } from './random';

/**
 * What the district pays for one "1+1+3" kit: the licence copy and frame, the printed policy
 * pack, and three seals (company seal, finance seal, invoice seal) — about 300 to 600 yuan.
 */
export function starterKitCostFen(random: Random): Fen {
  const licence = intBetween(random, 40, 90);
  const policyPack = intBetween(random, 30, 60);
  const seals = intBetween(random, 90, 160) + intBetween(random, 70, 140) + intBetween(random, 70, 140);
  const yuan = Math.min(600, Math.max(300, licence + policyPack + seals));
  return yuan * 100;
}
