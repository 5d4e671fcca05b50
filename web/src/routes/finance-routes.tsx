import { ReminderInboxPage } from '../pages/enterprise/reminder-inbox-page';
import { HousingSubsidiesPage } from '../pages/finance/housing-subsidies-page';
import { PaymentsDuePage } from '../pages/finance/payments-due-page';
import { SubsidyDisbursementsPage } from '../pages/finance/subsidy-disbursements-page';
import type { ConsoleRoute } from './console-route';

/** The finance's pages. */
export const FINANCE_ROUTES: readonly ConsoleRoute[] = [
  { path: '/payments-due', element: <PaymentsDuePage />, nav: 'finance.nav.due' },
  { path: '/disbursements', element: <SubsidyDisbursementsPage />, nav: 'finance.nav.disbursements' },
  { path: '/housing', element: <HousingSubsidiesPage />, nav: 'finance.nav.housing' },
  { path: '/inbox', element: <ReminderInboxPage />, nav: 'nav.inbox' },
];
