import type { FirmKind } from './credit-codes';
import type { IndustryProfile } from './industries';
import { pick, type Random } from './random';

/** Characters firms like in a trade name (字号), with a few local ones: 沅 and 澧 for the rivers, 桃 for 桃花源, 善 for 善卷. */
const TRADE_FIRST: readonly string[] = [
  '华', '鑫', '盛', '泰', '瑞', '嘉', '恒', '宏', '德', '福', '祥', '源', '通', '达', '安', '康', '丰', '隆', '兴', '昌',
  '荣', '辉', '鸿', '鼎', '聚', '汇', '诚', '合', '新', '顺', '远', '创', '博', '卓', '锦', '沅', '澧', '桃', '善', '金',
  '天', '海', '星', '云', '明', '佳', '润', '翔', '启', '腾',
];
const TRADE_SECOND: readonly string[] = [
  '信', '源', '达', '通', '泰', '盛', '华', '丰', '利', '和', '晟', '辉', '宇', '诚', '成', '峰', '阳', '光', '邦', '业',
  '科', '美', '程', '航', '恒', '鑫', '嘉', '祥', '联', '创', '力', '维', '远', '凯', '悦', '帆',
];

/** A two-character trade name such as 鑫源 or 沅泰. */
export function tradeName(random: Random): string {
  for (;;) {
    const first = pick(random, TRADE_FIRST);
    const second = pick(random, TRADE_SECOND);
    if (first !== second) return first + second;
  }
}

/** 常德鑫源商贸有限公司 for a company; 武陵区鑫源便利店 for an individual business. */
export function firmName(random: Random, kind: FirmKind, industry: IndustryProfile): string {
  const trade = tradeName(random);
  return kind === 'company' ? `常德${trade}${pick(random, industry.companyWords)}有限公司` : `武陵区${trade}${pick(random, industry.shopWords)}`;
}
