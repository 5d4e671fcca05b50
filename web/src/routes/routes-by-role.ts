import type { Role } from '../api/demo';
import { ADMIN_ROUTES } from './admin-routes';
import { AGENT_ROUTES } from './agent-routes';
import type { ConsoleRoute } from './console-route';
import { ENTERPRISE_ROUTES } from './enterprise-routes';
import { FINANCE_ROUTES } from './finance-routes';
import { MANAGER_ROUTES } from './manager-routes';

/** Each role's pages; the first page in the menu is the role's home. A role with none sees a welcome page. */
export const ROUTES_BY_ROLE: Record<Role, readonly ConsoleRoute[]> = {
  agent: AGENT_ROUTES,
  enterprise: ENTERPRISE_ROUTES,
  manager: MANAGER_ROUTES,
  finance: FINANCE_ROUTES,
  admin: ADMIN_ROUTES,
};

export const homeOf = (role: Role): string => ROUTES_BY_ROLE[role].find((route) => route.nav)?.path ?? '/';
