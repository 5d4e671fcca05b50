import type { YearCalendar } from './year-calendar';
import { calendar2023 } from './years/2023';
import { calendar2024 } from './years/2024';
import { calendar2025 } from './years/2025';
import { calendar2026 } from './years/2026';

/**
 * The years the service starts with. A year the State Council has not announced yet is added
 * when its notice is out (PUT /api/calendar/{year}); until then its dates are refused, never guessed.
 */
export const DEFAULT_YEAR_CALENDARS: readonly YearCalendar[] = [calendar2023, calendar2024, calendar2025, calendar2026];
