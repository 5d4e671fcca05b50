import type { ConsoleRoute } from './console-route';

/** The manager's pages. */
export const MANAGER_ROUTES: readonly ConsoleRoute[] = [];
