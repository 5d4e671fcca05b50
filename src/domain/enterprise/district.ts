/** The district the service centre serves: 常德市武陵区, its 14 townships and streets (乡街) and its parks. */
export const TOWNSHIPS = [
  '启明街道',
  '府坪街道',
  '穿紫河街道',
  '丹阳街道',
  '芙蓉街道',
  '南坪街道',
  '永安街道',
  '白马湖街道',
  '长庚街道',
  '东江街道',
  '芷兰街道',
  '芦荻山乡',
  '丹洲乡',
  '河洑镇',
] as const;

export const PARKS = ['武陵移动互联网产业园', '武陵商贸物流园', '芙蓉文化创意产业园', '丹阳现代服务业集聚区'] as const;

export type Township = (typeof TOWNSHIPS)[number];
export type Park = (typeof PARKS)[number];

export const isTownship = (value: string): value is Township => (TOWNSHIPS as readonly string[]).includes(value);
export const isPark = (value: string): value is Park => (PARKS as readonly string[]).includes(value);

/** GB/T 4754-2017 division: section letter A–T and a two-digit division, e.g. I65. */
export const INDUSTRY_DIVISION = /^[A-T]\d{2}$/;
