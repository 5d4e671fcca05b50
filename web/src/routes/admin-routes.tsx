import { CalendarPage } from '../pages/admin/calendar-page';
import { OperationsPage } from '../pages/admin/operations-page';
import { FirmListPage } from '../pages/firms/firm-list-page';
import { FirmPage } from '../pages/firms/firm-page';
import type { ConsoleRoute } from './console-route';

/** The admin's pages. */
export const ADMIN_ROUTES: readonly ConsoleRoute[] = [
  { path: '/operations', element: <OperationsPage />, nav: 'admin.nav.operations' },
  { path: '/calendar', element: <CalendarPage />, nav: 'admin.nav.calendar' },
  { path: '/firms', element: <FirmListPage mine={false} />, nav: 'manager.nav.firms' },
  { path: '/firms/:id', element: <FirmPage /> },
];
