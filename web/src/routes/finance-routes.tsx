import type { ConsoleRoute } from './console-route';

/** The finance's pages. */
export const FINANCE_ROUTES: readonly ConsoleRoute[] = [];
