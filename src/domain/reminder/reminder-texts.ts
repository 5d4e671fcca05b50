import type { LocalizedText } from './events';
import type { Reminder } from './reminder';

/** What the reminder names: the firm, and the service, programme or grant it is about. */
export interface ReminderNames {
  firm: string | null;
  item: LocalizedText | null;
}

interface Texts {
  title: LocalizedText;
  body: LocalizedText;
}

/** The title and body people read, in Chinese and English. */
export function reminderTexts(reminder: Reminder, names: ReminderNames): Texts {
  const firm = names.firm ?? '';
  const item = names.item ?? { zh: '', en: '' };
  const { deadline } = reminder;
  const number = reminder.subject.number ?? 0;
  switch (reminder.kind) {
    case 'task-deadline':
      return {
        title: reminder.offset === '0d' ? { zh: '办件今日到期', en: 'Task due today' } : { zh: '办件两个工作日后到期', en: 'Task due in two working days' },
        body: { zh: `${firm}的「${item.zh}」承诺办结日为 ${deadline}。`, en: `${item.en} for ${firm} is promised by ${deadline}.` },
      };
    case 'task-escalated':
      return {
        title: { zh: '办件超期，已上报', en: 'Task overdue and escalated' },
        body: { zh: `${firm}的「${item.zh}」已超过承诺办结日 ${deadline}，按责任追究上报。`, en: `${item.en} for ${firm} is past its promised date ${deadline} and was escalated.` },
      };
    case 'commitment-deadline':
      return {
        title: { zh: '容缺材料补交期限', en: 'Missing materials due' },
        body: { zh: `${firm}按告知承诺应于 ${deadline} 前补交「${item.zh}」的材料。`, en: `${firm} committed to supply the missing materials for ${item.en} by ${deadline}.` },
      };
    case 'deferral-due':
      return {
        title: { zh: '缓缴款项到期提醒', en: 'Deferred amount falls due' },
        body: { zh: `${firm}在「${item.zh}」下缓缴的款项应于 ${deadline} 缴纳。`, en: `The amount ${firm} deferred under ${item.en} is to be paid by ${deadline}.` },
      };
    case 'instalment-due':
      return {
        title: { zh: '创业担保贷款还款提醒', en: 'Loan instalment falls due' },
        body: { zh: `${firm}的第 ${number} 期还款应于 ${deadline} 还清。`, en: `Instalment ${number} of ${firm}'s guaranteed loan is due on ${deadline}.` },
      };
    case 'instalment-overdue':
      return {
        title: { zh: '创业担保贷款逾期', en: 'Loan instalment overdue' },
        body: { zh: `${firm}的第 ${number} 期还款已于 ${deadline} 到期未还清。`, en: `Instalment ${number} of ${firm}'s guaranteed loan, due on ${deadline}, is unpaid.` },
      };
    case 'allowance-due':
      return {
        title: { zh: '人才生活补贴到期发放', en: 'Monthly allowance falls due' },
        body: { zh: `${firm}引进人才的第 ${number} 个月生活补贴于 ${deadline} 到期发放。`, en: `Month ${number} of the living allowance for ${firm}'s talent falls due on ${deadline}.` },
      };
    case 'programme-published':
      return {
        title: { zh: `新政策：${item.zh}`, en: `New programme: ${item.en}` },
        body: { zh: `${firm}符合「${item.zh}」的申报条件，欢迎申报。`, en: `${firm} is eligible for ${item.en} and is welcome to apply.` },
      };
    case 'programme-closing':
      return {
        title: { zh: `政策申报即将截止：${item.zh}`, en: `Closing soon: ${item.en}` },
        body: { zh: `「${item.zh}」于 ${deadline} 截止申报，${firm}尚未申报。`, en: `${item.en} closes on ${deadline}; ${firm} has not applied yet.` },
      };
  }
}
