import type { ServiceCategory } from '../../domain/catalogue/catalogue-service';
import type { RatingLevel } from '../../domain/task/events';
import { pick, type Random } from './random';

/** What a firm most often still owes its concierge, by the kind of service. */
export const MISSING_MATERIALS: Record<ServiceCategory, readonly string[]> = {
  'business-start': ['股东身份证明复印件', '住所使用证明', '公司章程签字页', '法定代表人任职文件'],
  'construction-start': ['建设工程设计方案', '施工图审查合格书', '建设资金落实证明', '施工合同', '消防设计文件'],
  'tax-and-finance': ['财务报表', '银行开户许可证复印件', '发票领用人身份证明', '上年度纳税申报表'],
  'contracts-and-legal': ['合同草案', '授权委托书', '对方主体资格证明'],
  intermediary: ['委托协议', '项目基本情况说明', '场地平面图'],
  utilities: ['用电报装申请表', '用水报装申请表', '场地产权证明', '用气设备清单'],
  'business-licences': ['卫生检测报告', '从业人员健康证明', '经营场所平面布局图', '设施设备清单', '食品安全管理制度'],
  'employment-and-talent': ['劳动合同', '社保缴费证明', '学历学位证书复印件', '人员花名册'],
};

export const KEY_PROJECTS: readonly string[] = ['常德高新区智能制造产业园', '武陵区柳叶湖文旅综合体', '常德市数字经济产业园', '德山冷链物流中心', '武陵商贸物流城'];

const COMMENTS: Record<RatingLevel, readonly string[]> = {
  5: ['代办员全程帮办，一次都没跑，非常满意', '办理速度比承诺时限还快，点赞', '服务热情周到，材料一次性告知清楚', '足不出户就拿到了证照，感谢代办员'],
  4: ['办理顺利，沟通及时', '整体满意，流程清楚', '按时办结，服务规范'],
  3: ['基本满意，中间等待时间稍长', '办结了，但进度通知不够及时', '能办成，希望再提速'],
  2: ['材料反复补交，耗时较长', '办理进度无人告知，多次催问', '超过承诺时限才办结'],
  1: ['多次联系无人回应，严重超时', '代办员态度差，要求提供无关材料'],
};

export const ratingComment = (random: Random, level: RatingLevel): string => pick(random, COMMENTS[level]);

const COMPLAINTS: readonly string[] = [
  '办理进度长时间没有更新，电话也打不通',
  '要求补交的材料此前已经提交过',
  '窗口工作人员与代办员说法不一致',
  '预约的上门服务时间临时取消，没有提前告知',
  '系统显示已办结但迟迟没有收到证照',
];
const COMPLAINT_ANSWERS: readonly string[] = [
  '已核实情况，向企业致歉，并督促代办员每日反馈进度',
  '经核查属实，已安排专人跟进，并纳入代办员考核',
  '已与相关部门协调统一口径，今后一次性告知到位',
  '证照已寄出，附快递单号，已电话告知企业负责人',
];
export const complaintText = (random: Random): string => pick(random, COMPLAINTS);
export const complaintAnswer = (random: Random): string => pick(random, COMPLAINT_ANSWERS);

const FINDINGS: readonly string[] = ['经回访核实，办理过程中存在告知不到位、进度反馈不及时的问题', '经核查，超时系代办员未及时跟进部门审批所致', '经核实，代办员服务态度欠佳，已约谈'];
const ACTIONS: readonly string[] = ['代办员上门致歉，补办相关手续并建立每日进度通报', '调整代办员分工，由业务骨干跟进后续事项', '组织代办员专题培训，修订一次性告知清单'];
const ANSWERS: readonly string[] = ['已将核查结果和整改措施书面反馈企业，企业表示认可', '已电话回访企业负责人，告知整改情况，企业表示理解'];
export const rectificationFindings = (random: Random): string => pick(random, FINDINGS);
export const rectificationActions = (random: Random): string => pick(random, ACTIONS);
export const rectificationAnswer = (random: Random): string => pick(random, ANSWERS);

export const CANCELLED_BEFORE_ACCEPTANCE: readonly string[] = ['企业撤回申请', '企业决定暂缓办理', '重复提交，已合并办理'];
export const CANCELLED_IN_PROGRESS: readonly string[] = ['企业经营计划调整，申请撤回', '项目选址变更，需重新申报', '企业已自行办理'];
export const MATERIALS_NEVER_SUPPLIED = '企业逾期未补齐材料，终止办理';
export const HANDOVER_REASONS: readonly string[] = ['代办员休假，工作交接', '按片区调整代办分工', '涉及专业事项，转交熟悉业务的代办员'];
