import { WorkQueuePage } from '../pages/agent/work-queue-page';
import { FirmListPage } from '../pages/firms/firm-list-page';
import { FirmPage } from '../pages/firms/firm-page';
import { TaskPage } from '../pages/tasks/task-page';
import type { ConsoleRoute } from './console-route';

/** The agent's pages. */
export const AGENT_ROUTES: readonly ConsoleRoute[] = [
  { path: '/queue', element: <WorkQueuePage />, nav: 'nav.queue' },
  { path: '/firms', element: <FirmListPage mine />, nav: 'nav.myFirms' },
  { path: '/firms/:id', element: <FirmPage /> },
  { path: '/tasks/:id', element: <TaskPage /> },
];
