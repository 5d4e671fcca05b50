import type { Role } from '../api/demo';
import type { ConsoleRoute } from './console-route';

/** Each role's pages; the first page in the menu is the role's home. A role with none sees a welcome page. */
export const ROUTES_BY_ROLE: Record<Role, readonly ConsoleRoute[]> = {
  agent: [],
  enterprise: [],
  manager: [],
  finance: [],
  admin: [],
};

export const homeOf = (role: Role): string => ROUTES_BY_ROLE[role].find((route) => route.nav)?.path ?? '/';
