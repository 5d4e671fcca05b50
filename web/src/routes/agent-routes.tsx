import type { ConsoleRoute } from './console-route';

/** The agent's pages. */
export const AGENT_ROUTES: readonly ConsoleRoute[] = [];
