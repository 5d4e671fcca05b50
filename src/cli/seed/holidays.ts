/**
 * Public holidays (放假) and swapped working weekends (调休上班) of 2023–2026, from the State
 * Council's yearly notices. Demo data only: the seed needs realistic working days before the
 * application's own holiday calendar exists; outside these years only weekends are rest days.
 */
const HOLIDAY_RANGES: readonly (readonly [string, string])[] = [
  ['2023-01-02', '2023-01-02'],
  ['2023-01-21', '2023-01-27'],
  ['2023-04-05', '2023-04-05'],
  ['2023-04-29', '2023-05-03'],
  ['2023-06-22', '2023-06-24'],
  ['2023-09-29', '2023-10-06'],
  ['2024-01-01', '2024-01-01'],
  ['2024-02-10', '2024-02-17'],
  ['2024-04-04', '2024-04-06'],
  ['2024-05-01', '2024-05-05'],
  ['2024-06-10', '2024-06-10'],
  ['2024-09-15', '2024-09-17'],
  ['2024-10-01', '2024-10-07'],
  ['2025-01-01', '2025-01-01'],
  ['2025-01-28', '2025-02-04'],
  ['2025-04-04', '2025-04-06'],
  ['2025-05-01', '2025-05-05'],
  ['2025-05-31', '2025-06-02'],
  ['2025-10-01', '2025-10-08'],
  ['2026-01-01', '2026-01-03'],
  ['2026-02-15', '2026-02-23'],
  ['2026-04-04', '2026-04-06'],
  ['2026-05-01', '2026-05-05'],
  ['2026-06-19', '2026-06-21'],
  ['2026-09-25', '2026-09-27'],
  ['2026-10-01', '2026-10-07'],
];

const SWAPPED_WORKING_DAYS_LIST: readonly string[] = [
  '2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08',
  '2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12',
  '2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11',
  '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10',
];

function expand([from, to]: readonly [string, string]): string[] {
  const days: string[] = [];
  for (let day = Date.parse(`${from}T00:00:00Z`); day <= Date.parse(`${to}T00:00:00Z`); day += 86_400_000) {
    days.push(new Date(day).toISOString().slice(0, 10));
  }
  return days;
}

/** Shanghai calendar dates (YYYY-MM-DD) that are public holidays. */
export const PUBLIC_HOLIDAYS: ReadonlySet<string> = new Set(HOLIDAY_RANGES.flatMap(expand));

/** Shanghai calendar dates that fall on a weekend but are working days. */
export const SWAPPED_WORKING_DAYS: ReadonlySet<string> = new Set(SWAPPED_WORKING_DAYS_LIST);
