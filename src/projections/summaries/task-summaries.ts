import type { TaskEvent, TaskEventType } from '../../domain/task/events';
import { formatYuan } from '../format';
import { summarizersOf } from './summary';

const RATING_ZH = { 1: '非常不满意', 2: '不满意', 3: '基本满意', 4: '满意', 5: '非常满意' } as const;
const RATING_EN = { 1: 'very dissatisfied', 2: 'dissatisfied', 3: 'fairly satisfied', 4: 'satisfied', 5: 'very satisfied' } as const;

export const taskSummaries = summarizersOf<TaskEvent, TaskEventType>({
  TaskOpened: (d) => ({
    zh: `代办员 ${d.agentId} 首问受理代办事项：${d.service.nameZh}（承诺 ${d.service.promisedWorkingDays} 个工作日，法定 ${d.service.statutoryWorkingDays} 个工作日）`,
    en: `Agent ${d.agentId} opened ${d.service.nameEn} as first contact (promised in ${d.service.promisedWorkingDays} working days, ${d.service.statutoryWorkingDays} by law)`,
  }),
  TaskAccepted: (d) => ({ zh: `代办事项已受理，承诺办结日期 ${d.dueOn}`, en: `Task accepted, due on ${d.dueOn}` }),
  TaskMaterialsRequested: (d) => ({
    zh: `一次性告知需补齐材料：${d.missingItems.join('、')}（计时暂停）`,
    en: `Missing materials requested at once: ${d.missingItems.join(', ')} (clock paused)`,
  }),
  TaskMaterialsReceived: (d) => ({
    zh: `材料已补齐，暂停 ${d.pausedWorkingDays} 个工作日，办结日期 ${d.dueOn}`,
    en: `Materials received after ${d.pausedWorkingDays} paused working days; due on ${d.dueOn}`,
  }),
  CommitmentSigned: (d) => ({
    zh: `企业签署告知承诺书，承诺于 ${d.materialsDueOn} 前补齐：${d.missingItems.join('、')}`,
    en: `Commitment signed: ${d.missingItems.join(', ')} to follow by ${d.materialsDueOn}`,
  }),
  PermitIssued: () => ({ zh: '容缺办理，许可当场发放', en: 'Permit issued at once on the commitment' }),
  CommitmentFulfilled: () => ({ zh: '承诺材料已按期补齐', en: 'Committed materials supplied in time' }),
  CommitmentBreached: (d) => ({
    zh: `未在 ${d.materialsDueOn} 前补齐承诺材料：${d.missingItems.join('、')}`,
    en: `Commitment breached: ${d.missingItems.join(', ')} not supplied by ${d.materialsDueOn}`,
  }),
  PermitRevoked: () => ({ zh: '因未履行承诺，许可被撤销', en: 'Permit revoked: the commitment was breached' }),
  TaskCompleted: (d) => ({
    zh: `代办事项办结：${d.outcome}，用时 ${d.workingDaysTaken} 个工作日${d.onTime ? '，按期办结' : '，超期办结'}，为企业节省 ${formatYuan(d.costSavedFen)}`,
    en: `Completed: ${d.outcome}, in ${d.workingDaysTaken} working days${d.onTime ? ', on time' : ', late'}; saved the firm ${formatYuan(d.costSavedFen)}`,
  }),
  TaskCancelled: (d) => ({ zh: `代办事项撤销：${d.reason}`, en: `Task cancelled: ${d.reason}` }),
  TaskHandedOver: (d) => ({ zh: `代办事项由 ${d.fromAgentId} 移交 ${d.toAgentId}：${d.reason}`, en: `Handed over from ${d.fromAgentId} to ${d.toAgentId}: ${d.reason}` }),
  TaskEscalated: (d) => ({ zh: `超过办结日期 ${d.dueOn}，提请责任追究（代办员 ${d.agentId}）`, en: `Overdue since ${d.dueOn}: escalated to the managers (agent ${d.agentId})` }),
  TaskRated: (d) => ({ zh: `企业评价：${RATING_ZH[d.level]}${d.comment ? `（${d.comment}）` : ''}`, en: `Rated ${RATING_EN[d.level]}${d.comment ? ` ("${d.comment}")` : ''}` }),
  RectificationOpened: (d) => ({ zh: `差评整改启动，须于 ${d.dueOn} 前核实、整改并回复`, en: `Bad rating: rectification to be answered by ${d.dueOn}` }),
  RectificationVerified: (d) => ({ zh: `差评核实：${d.findings}`, en: `Bad rating verified: ${d.findings}` }),
  RectificationCarriedOut: (d) => ({ zh: `整改措施：${d.actions}`, en: `Rectified: ${d.actions}` }),
  RectificationAnswered: (d) => ({ zh: `整改结果已回复企业${d.onTime ? '' : '（超期）'}：${d.answer}`, en: `Rectification answered${d.onTime ? '' : ' late'}: ${d.answer}` }),
  ComplaintFiled: (d) => ({ zh: `企业吐槽找碴（第 ${d.complaintNo} 条）：${d.text}`, en: `Complaint ${d.complaintNo} filed: ${d.text}` }),
  ComplaintAnswered: (d) => ({ zh: `答复第 ${d.complaintNo} 条吐槽：${d.answer}`, en: `Complaint ${d.complaintNo} answered: ${d.answer}` }),
});
