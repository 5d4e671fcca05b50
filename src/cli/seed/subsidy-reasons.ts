import type { Standing } from './firm-timeline';
import { pick, type Random } from './random';

const REJECTION_REASONS: readonly string[] = [
  '主营业务不在本政策扶持范围内',
  '申报材料与实际经营情况不符',
  '同一事项已享受区级其他财政扶持',
  '未达到申报指南规定的营业收入或纳税规模',
  '申报项目尚未投产，不符合奖励条件',
];

const CLAWBACK_REASONS: readonly string[] = [
  '企业迁出本区，未满承诺经营期限',
  '审计发现虚报申报材料，骗取扶持资金',
  '扶持项目未按期建成投产',
  '重复享受同类扶持政策',
];

export const PROGRAMME_CLOSED = '申报期已结束，资金已按批次下达';

export const MATERIALS_NOT_SUPPLIED = '逾期未补齐所需材料，视为放弃申报';

/** Why the manager rejects an application the programme's budget can no longer cover. */
export const BUDGET_SPENT = '专项资金预算已用完，本批次不予支持';

/** 一处失信、处处受限: why a firm out of good standing is rejected. */
export const STANDING_REJECTIONS: Readonly<Record<Exclude<Standing, 'good'>, string>> = {
  blacklisted: '企业已列入失信名单，不予支持',
  deregistered: '企业已注销，申请终止',
};

export const rejectionReason = (random: Random): string => pick(random, REJECTION_REASONS);
export const clawbackReason = (random: Random): string => pick(random, CLAWBACK_REASONS);
