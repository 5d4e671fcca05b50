import type { Park, Township } from '../../domain/enterprise/district';

/** How busy each township or street is with new firms: the central streets most, the rural townships least. */
export const TOWNSHIP_WEIGHTS: Readonly<Record<Township, number>> = {
  启明街道: 10,
  府坪街道: 9,
  穿紫河街道: 10,
  丹阳街道: 7,
  芙蓉街道: 8,
  南坪街道: 6,
  永安街道: 7,
  白马湖街道: 6,
  长庚街道: 5,
  东江街道: 5,
  芷兰街道: 4,
  芦荻山乡: 2,
  丹洲乡: 1.5,
  河洑镇: 2.5,
};

export const RURAL_TOWNSHIPS: readonly Township[] = ['芦荻山乡', '丹洲乡', '河洑镇'];

/**
 * Which firms settle in a park: the park's industries, each with the share of its new companies
 * that move in. A park lies in one township (an assumption of the demo data, not an official map).
 */
export interface ParkProfile {
  park: Park;
  township: Township;
  shareByIndustry: Readonly<Record<string, number>>;
}

export const PARK_PROFILES: readonly ParkProfile[] = [
  { park: '武陵移动互联网产业园', township: '穿紫河街道', shareByIndustry: { I65: 0.6, I64: 0.6, M75: 0.3 } },
  { park: '武陵商贸物流园', township: '东江街道', shareByIndustry: { G54: 0.4, G59: 0.5, G60: 0.4, F51: 0.2 } },
  { park: '芙蓉文化创意产业园', township: '芙蓉街道', shareByIndustry: { R87: 0.5, L72: 0.05 } },
  { park: '丹阳现代服务业集聚区', township: '丹阳街道', shareByIndustry: { L72: 0.12, M74: 0.3 } },
];
