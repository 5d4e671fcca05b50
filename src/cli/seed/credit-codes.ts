import { usccCheckCharacter } from '../../domain/uscc';
import { pick, type Random } from './random';

/** 武陵区's administrative division code (GB/T 2260). */
export const WULING_DIVISION_CODE = '430702';

/** Registration authority 9 (market regulation) and the kind of firm: 1 a company, 2 an individual business. */
export const CREDIT_CODE_PREFIX = { company: '91', individual: '92' } as const;
export type FirmKind = keyof typeof CREDIT_CODE_PREFIX;

/** Characters allowed in a credit code (no I, O, S, V, Z). */
const CODE_CHARACTERS = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'];
const ORGANISATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714's check character over the 8-character body of an organisation code. */
export function organisationCheckCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number.parseInt(body[i]!, 36) * ORGANISATION_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** A 9-character subject code as issued to new firms in Hunan since 2015: MA4, five characters, a GB 11714 check character. */
export function organisationCode(random: Random): string {
  let body = 'MA4';
  for (let i = 0; i < 5; i += 1) body += pick(random, CODE_CHARACTERS);
  return body + organisationCheckCharacter(body);
}

/** A unified social credit code of GB 32100-2015 for a firm registered in 武陵区. */
export function creditCodeFor(kind: FirmKind, organisation: string): string {
  const first17 = CREDIT_CODE_PREFIX[kind] + WULING_DIVISION_CODE + organisation;
  return first17 + usccCheckCharacter(first17);
}
