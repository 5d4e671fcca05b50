import { OurFirmPage } from '../pages/enterprise/our-firm-page';
import { ReminderInboxPage } from '../pages/enterprise/reminder-inbox-page';
import { TaskPage } from '../pages/tasks/task-page';
import type { ConsoleRoute } from './console-route';

/** The enterprise user's pages. */
export const ENTERPRISE_ROUTES: readonly ConsoleRoute[] = [
  { path: '/our-firm', element: <OurFirmPage />, nav: 'nav.ourFirm' },
  { path: '/inbox', element: <ReminderInboxPage />, nav: 'nav.inbox' },
  { path: '/tasks/:id', element: <TaskPage /> },
];
