import type { ConsoleRoute } from './console-route';

/** The enterprise's pages. */
export const ENTERPRISE_ROUTES: readonly ConsoleRoute[] = [];
