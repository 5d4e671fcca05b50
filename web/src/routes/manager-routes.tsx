import { IntegrityPage } from '../pages/audit/integrity-page';
import { ReminderInboxPage } from '../pages/enterprise/reminder-inbox-page';
import { FirmListPage } from '../pages/firms/firm-list-page';
import { FirmPage } from '../pages/firms/firm-page';
import { AuditPage } from '../pages/manager/audit-page';
import { ServiceQualityPage } from '../pages/manager/service-quality-page';
import { TaskPage } from '../pages/tasks/task-page';
import type { ConsoleRoute } from './console-route';

/** The manager's pages. */
export const MANAGER_ROUTES: readonly ConsoleRoute[] = [
  { path: '/audit', element: <AuditPage />, nav: 'manager.nav.audit' },
  { path: '/quality', element: <ServiceQualityPage />, nav: 'manager.nav.quality' },
  { path: '/integrity', element: <IntegrityPage />, nav: 'manager.nav.integrity' },
  { path: '/firms', element: <FirmListPage mine={false} />, nav: 'manager.nav.firms' },
  { path: '/firms/:id', element: <FirmPage /> },
  { path: '/tasks/:id', element: <TaskPage /> },
  { path: '/inbox', element: <ReminderInboxPage />, nav: 'nav.inbox' },
];
