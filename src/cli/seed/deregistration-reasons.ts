import type { FirmKind } from './credit-codes';
import { pick, type Random } from './random';

const COMPANY_REASONS: readonly string[] = ['股东会决议解散', '经营不善，股东决定解散', '简易注销：未开业且无债权债务', '公司合并，本公司解散', '营业期限届满'];
const INDIVIDUAL_REASONS: readonly string[] = ['经营者申请注销（歇业）', '经营场所拆迁，停止经营', '个转企：转型为公司后注销个体户'];

/** Why a firm deregisters (注销). */
export const deregistrationReason = (random: Random, kind: FirmKind): string => pick(random, kind === 'company' ? COMPANY_REASONS : INDIVIDUAL_REASONS);
