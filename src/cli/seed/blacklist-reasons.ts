import { intBetween, pick, type Random } from './random';

export interface BlacklistCase {
  reason: string;
  evidence: string;
  /** Why the firm comes off the list once it has put things right. */
  liftReason: string;
}

/** What a registration is filed with, and so what can be forged. */
const REGISTRATION_MATERIALS = ['住所使用证明', '房屋租赁合同', '股东身份证明', '股东会决议'] as const;
/** What a permit issued on commitment (告知承诺制) still waits for. */
const COMMITTED_MATERIALS = ['卫生检测报告', '从业人员健康证明', '消防安全检查合格证明', '排污许可登记回执'] as const;

const yuan = (amount: number): string => amount.toLocaleString('en-US');

/** The kinds of bad faith that put a firm on the list (失信名单), with evidence as a case file would cite it. */
const CASES: readonly ((random: Random, year: number) => BlacklistCase)[] = [
  (random, year) => ({
    reason: '提供虚假材料',
    evidence: `登记申请所附${pick(random, REGISTRATION_MATERIALS)}经核查系伪造，见区市场监督管理局核查记录（武市监核〔${year}〕${intBetween(random, 10, 399)}号）`,
    liftReason: '已撤销虚假登记事项并重新提交真实材料，信用修复申请经核查通过',
  }),
  (random, year) => ({
    reason: '拖欠工资',
    evidence: `拖欠${intBetween(random, 3, 40)}名职工工资共计${yuan(intBetween(random, 30, 900) * 1000)}元，逾期未履行区人社局劳动保障监察限期改正指令书（武人社监令〔${year}〕${intBetween(random, 1, 120)}号）`,
    liftReason: '已足额支付拖欠工资，经区人社局确认，信用修复申请经核查通过',
  }),
  (random, year) => ({
    reason: '违反告知承诺',
    evidence: `承诺期满未补齐${pick(random, COMMITTED_MATERIALS)}，所领许可证已依法撤销，见告知承诺核查记录（武政服承〔${year}〕${intBetween(random, 1, 200)}号）`,
    liftReason: '已补齐承诺材料并作出信用承诺，信用修复申请经核查通过',
  }),
  (random, year) => ({
    reason: '偷逃税款',
    evidence: `区税务局税务处理决定书（武税处〔${year}〕${intBetween(random, 1, 300)}号）认定少缴税款${yuan(intBetween(random, 20, 600) * 1000)}元，逾期未缴`,
    liftReason: '已补缴税款及滞纳金，信用修复申请经核查通过',
  }),
  (random, year) => ({
    reason: '拒不履行生效判决',
    evidence: `（${year}）湘0702执${intBetween(random, 100, 3999)}号，被武陵区人民法院列为失信被执行人`,
    liftReason: '已履行生效判决，失信被执行人信息已删除',
  }),
  (random, year) => ({
    reason: '虚假宣传',
    evidence: `区市场监督管理局行政处罚决定书（武市监处罚〔${year}〕${intBetween(random, 1, 500)}号），罚款未按期缴纳`,
    liftReason: '已缴清罚款并完成整改，信用修复申请经核查通过',
  }),
];

export function blacklistCase(random: Random, year: number): BlacklistCase {
  return pick(random, CASES)(random, year);
}
