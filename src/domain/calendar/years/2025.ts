import type { YearCalendar } from '../year-calendar';

/** 国务院办公厅关于2025年部分节假日安排的通知. */
export const calendar2025: YearCalendar = {
  year: 2025,
  holidays: [
    { name: '元旦', firstDay: '2025-01-01', lastDay: '2025-01-01' },
    { name: '春节', firstDay: '2025-01-28', lastDay: '2025-02-04' },
    { name: '清明节', firstDay: '2025-04-04', lastDay: '2025-04-06' },
    { name: '劳动节', firstDay: '2025-05-01', lastDay: '2025-05-05' },
    { name: '端午节', firstDay: '2025-05-31', lastDay: '2025-06-02' },
    { name: '国庆节、中秋节', firstDay: '2025-10-01', lastDay: '2025-10-08' },
  ],
  workingWeekendDays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
};
