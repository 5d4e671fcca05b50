import type { Actor, Role } from '../domain/decider';
import type { Township } from '../domain/enterprise/district';

export interface DemoUser {
  id: string;
  role: Role;
  name: string;
}

/** A concierge (代办员) and the townships and streets they mainly cover. */
export interface DemoAgent extends DemoUser {
  role: 'agent';
  townships: readonly Township[];
}

/** Twelve concierges: the busy central streets have two each, the rural townships share one. */
export const DEMO_AGENTS: readonly DemoAgent[] = [
  { id: 'a-1', role: 'agent', name: '王晓燕', townships: ['启明街道', '府坪街道'] },
  { id: 'a-2', role: 'agent', name: '李建军', townships: ['启明街道', '穿紫河街道'] },
  { id: 'a-3', role: 'agent', name: '张丽华', townships: ['穿紫河街道', '芙蓉街道'] },
  { id: 'a-4', role: 'agent', name: '刘洋', townships: ['府坪街道', '南坪街道'] },
  { id: 'a-5', role: 'agent', name: '陈静', townships: ['丹阳街道', '芙蓉街道'] },
  { id: 'a-6', role: 'agent', name: '杨帆', townships: ['永安街道', '丹阳街道'] },
  { id: 'a-7', role: 'agent', name: '赵敏', townships: ['白马湖街道', '永安街道'] },
  { id: 'a-8', role: 'agent', name: '黄志强', townships: ['长庚街道', '东江街道'] },
  { id: 'a-9', role: 'agent', name: '周婷', townships: ['芷兰街道', '东江街道'] },
  { id: 'a-10', role: 'agent', name: '吴海涛', townships: ['南坪街道', '白马湖街道'] },
  { id: 'a-11', role: 'agent', name: '徐红梅', townships: ['芦荻山乡', '丹洲乡', '河洑镇'] },
  { id: 'a-12', role: 'agent', name: '孙伟', townships: ['河洑镇', '芷兰街道', '长庚街道'] },
];

export const DEMO_MANAGER: DemoUser = { id: 'm-1', role: 'manager', name: '郑国华' };
export const DEMO_FINANCE: DemoUser = { id: 'f-1', role: 'finance', name: '钱芳' };
export const DEMO_ADMIN: DemoUser = { id: 'admin-1', role: 'admin', name: '林志远' };

/** Everyone the web console can sign in as: the agents, a manager, a finance officer and an admin. */
export const DEMO_USERS: readonly DemoUser[] = [...DEMO_AGENTS, DEMO_MANAGER, DEMO_FINANCE, DEMO_ADMIN];

export const actorOf = (user: DemoUser): Actor => ({ id: user.id, role: user.role });

export function agentsCovering(township: string): readonly DemoAgent[] {
  const agents = DEMO_AGENTS.filter((agent) => (agent.townships as readonly string[]).includes(township));
  if (agents.length === 0) throw new Error(`No demo agent covers ${township}`);
  return agents;
}
