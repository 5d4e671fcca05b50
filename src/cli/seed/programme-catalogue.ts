import type { ProgrammeKind } from '../../domain/programme/terms';

/**
 * A programme the district runs, as the seed publishes it. Figures follow the district's report
 * (产业扶持奖励资金 2,000 万元; 现代服务扶持 and 移动互联网产业园扶持 under their own 暂行办法;
 * 税费减免, 缓缴, 社保减免 in batches), scaled to a demo district of about 2,000 new firms.
 */
export interface ProgrammeTemplate {
  /** The programme's name, given the dates (YYYY-MM-DD) its window opens and closes on. */
  name: (opensOn: string, closesOn: string) => string;
  kind: ProgrammeKind;
  budgetYuan: number;
  capYuan: number;
  /** GB/T 4754 divisions; empty admits every industry. */
  industries: readonly string[];
  parks: readonly string[];
  minAgeMonths: number;
  /** The application window in whole months after the month the history starts in: from the first day of one to the last day of the other. */
  windowMonths: readonly [opens: number, closes: number];
  /** Deferrals: the deferred amount falls due this many months after the window closes. */
  deferredDueMonths?: number;
  /** Share of the eligible firms whose concierge files an application. */
  applicationRate: number;
  /** Requests run from `minYuan` to the cap, most near the bottom (the larger `skew`, the more), in multiples of `roundYuan`. */
  request: { minYuan: number; roundYuan: number; skew: number };
  /** How many tranches an approval is paid in, each count with its weight. */
  tranches: readonly (readonly [count: number, weight: number])[];
  /** What a reviewer may find missing. */
  materials: readonly string[];
}

type Batch = readonly [opens: number, closes: number, budgetYuan: number];

const yearOf = (date: string): number => Number(date.slice(0, 4));
const monthOf = (date: string): number => Number(date.slice(5, 7));

/** 2024年度, or 2024—2025年度 for a window across two years. */
const years = (opensOn: string, closesOn: string): string => (yearOf(opensOn) === yearOf(closesOn) ? `${yearOf(opensOn)}年度` : `${yearOf(opensOn)}—${yearOf(closesOn)}年度`);

/** 2025年5—7月, or 2025年11月—2026年1月. */
const months = (opensOn: string, closesOn: string): string =>
  yearOf(opensOn) === yearOf(closesOn)
    ? `${yearOf(opensOn)}年${monthOf(opensOn)}—${monthOf(closesOn)}月`
    : `${yearOf(opensOn)}年${monthOf(opensOn)}月—${yearOf(closesOn)}年${monthOf(closesOn)}月`;

/** A programme run again for each window, each batch with a budget of its own. */
const inBatches = (template: Omit<ProgrammeTemplate, 'windowMonths' | 'budgetYuan'>, batches: readonly Batch[]): ProgrammeTemplate[] =>
  batches.map(([opens, closes, budgetYuan]) => ({ ...template, windowMonths: [opens, closes], budgetYuan }));

const MANUFACTURING = ['C13', 'C14', 'C18', 'C21', 'C27', 'C30', 'C34', 'C39'];

export const PROGRAMME_CATALOGUE: readonly ProgrammeTemplate[] = [
  {
    name: (opensOn, closesOn) => `武陵区产业扶持奖励资金（${years(opensOn, closesOn)}）`,
    kind: 'industrial-support',
    budgetYuan: 20_000_000,
    capYuan: 500_000,
    industries: [...MANUFACTURING, 'D44', 'I64', 'I65', 'M75'],
    parks: [],
    minAgeMonths: 6,
    windowMonths: [4, 21],
    applicationRate: 0.85,
    request: { minYuan: 30_000, roundYuan: 1_000, skew: 1.6 },
    tranches: [[1, 0.4], [2, 0.4], [3, 0.2]],
    materials: ['近两年财务审计报告', '完税证明', '项目投资发票及付款凭证', '研发费用专项审计报告', '产值及营业收入统计报表'],
  },
  ...inBatches(
    {
      name: (opensOn, closesOn) => `${years(opensOn, closesOn)}武陵区现代服务业扶持资金`,
      kind: 'modern-services',
      capYuan: 200_000,
      industries: ['L72', 'M74', 'M75', 'G54', 'G59', 'G60', 'R87'],
      parks: [],
      minAgeMonths: 6,
      applicationRate: 0.6,
      request: { minYuan: 10_000, roundYuan: 1_000, skew: 1.4 },
      tranches: [[1, 0.6], [2, 0.4]],
      materials: ['营业收入明细账', '完税证明', '社保缴纳人员名单', '经营场所租赁合同'],
    },
    [
      [3, 8, 1_000_000],
      [15, 20, 7_000_000],
    ],
  ),
  {
    name: (opensOn, closesOn) => `武陵移动互联网产业园入园企业扶持资金（${years(opensOn, closesOn)}）`,
    kind: 'mobile-internet-park',
    budgetYuan: 5_000_000,
    capYuan: 300_000,
    industries: [],
    parks: ['武陵移动互联网产业园'],
    minAgeMonths: 3,
    windowMonths: [5, 26],
    applicationRate: 0.8,
    request: { minYuan: 20_000, roundYuan: 1_000, skew: 1.6 },
    tranches: [[1, 0.5], [2, 0.5]],
    materials: ['入园协议', '园区租赁合同及租金发票', '软件著作权或专利证书', '员工花名册'],
  },
  ...inBatches(
    {
      name: (opensOn, closesOn) => `小微企业税费减免（${months(opensOn, closesOn)}申报）`,
      kind: 'tax-relief',
      capYuan: 50_000,
      industries: [],
      parks: [],
      minAgeMonths: 3,
      applicationRate: 0.2,
      request: { minYuan: 1_000, roundYuan: 100, skew: 1.5 },
      tranches: [[1, 1]],
      materials: ['纳税申报表', '小型微利企业声明', '从业人数及资产总额说明'],
    },
    [
      [2, 4, 300_000],
      [5, 7, 800_000],
      [8, 10, 1_200_000],
      [11, 13, 1_800_000],
      [14, 16, 2_000_000],
      [17, 19, 2_200_000],
      [20, 22, 3_000_000],
      [23, 25, 3_000_000],
    ],
  ),
  ...inBatches(
    {
      name: (opensOn, closesOn) => `涉企行政事业性收费缓缴（${months(opensOn, closesOn)}申报）`,
      kind: 'deferral',
      capYuan: 100_000,
      industries: ['F52', 'H61', 'H62', 'O80', 'O81'],
      parks: [],
      minAgeMonths: 3,
      deferredDueMonths: 12,
      applicationRate: 0.35,
      request: { minYuan: 5_000, roundYuan: 100, skew: 1.5 },
      tranches: [[1, 1]],
      materials: ['缴费通知书', '经营困难情况说明', '近三个月银行流水'],
    },
    [
      [4, 9, 1_500_000],
      [10, 15, 3_500_000],
      [16, 21, 4_500_000],
      [22, 27, 5_000_000],
    ],
  ),
  ...inBatches(
    {
      name: (opensOn, closesOn) => `阶段性减免企业社会保险费（${months(opensOn, closesOn)}申报）`,
      kind: 'social-insurance-relief',
      capYuan: 80_000,
      industries: [],
      parks: [],
      minAgeMonths: 6,
      applicationRate: 0.25,
      request: { minYuan: 2_000, roundYuan: 100, skew: 1.5 },
      tranches: [[1, 1]],
      materials: ['社会保险费缴费明细', '参保职工花名册', '劳动合同'],
    },
    [
      [6, 11, 1_800_000],
      [12, 17, 3_000_000],
      [18, 23, 4_500_000],
    ],
  ),
];
