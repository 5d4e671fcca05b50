import type { ConsoleRoute } from './console-route';

/** The admin's pages. */
export const ADMIN_ROUTES: readonly ConsoleRoute[] = [];
