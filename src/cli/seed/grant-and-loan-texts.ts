import { pick, type Random } from './random';

const SUSPENSIONS: readonly string[] = ['本人离开用人单位，待重新就业', '本人赴外地进修一年', '用人单位迁出本区，待核实'];
const ENDINGS: readonly string[] = ['本人离开本区工作', '本人主动申请终止', '用人单位注销'];

export const suspensionReason = (random: Random): string => pick(random, SUSPENSIONS);
export const endingReason = (random: Random): string => pick(random, ENDINGS);

/** Banks that grant credit lines to the district's firms. */
export const BANKS: readonly string[] = [
  '中国工商银行常德分行',
  '中国农业银行常德武陵支行',
  '中国建设银行常德分行',
  '中国银行常德分行',
  '湖南常德农村商业银行',
  '华融湘江银行常德分行',
  '常德沅澧村镇银行',
];

const LOAN_REJECTIONS: readonly string[] = ['经营流水不足，还款能力存疑', '反担保措施不落实', '申请人存在未结清不良贷款记录'];
export const loanRejectionReason = (random: Random): string => pick(random, LOAN_REJECTIONS);
