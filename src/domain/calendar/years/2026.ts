import type { YearCalendar } from '../year-calendar';

/** 国务院办公厅关于2026年部分节假日安排的通知, 4 November 2025. */
export const calendar2026: YearCalendar = {
  year: 2026,
  holidays: [
    { name: '元旦', firstDay: '2026-01-01', lastDay: '2026-01-03' },
    { name: '春节', firstDay: '2026-02-15', lastDay: '2026-02-23' },
    { name: '清明节', firstDay: '2026-04-04', lastDay: '2026-04-06' },
    { name: '劳动节', firstDay: '2026-05-01', lastDay: '2026-05-05' },
    { name: '端午节', firstDay: '2026-06-19', lastDay: '2026-06-21' },
    { name: '中秋节', firstDay: '2026-09-25', lastDay: '2026-09-27' },
    { name: '国庆节', firstDay: '2026-10-01', lastDay: '2026-10-07' },
  ],
  workingWeekendDays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};
