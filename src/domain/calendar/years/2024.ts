import type { YearCalendar } from '../year-calendar';

/** 国务院办公厅关于2024年部分节假日安排的通知. */
export const calendar2024: YearCalendar = {
  year: 2024,
  holidays: [
    { name: '元旦', firstDay: '2024-01-01', lastDay: '2024-01-01' },
    { name: '春节', firstDay: '2024-02-10', lastDay: '2024-02-17' },
    { name: '清明节', firstDay: '2024-04-04', lastDay: '2024-04-06' },
    { name: '劳动节', firstDay: '2024-05-01', lastDay: '2024-05-05' },
    { name: '端午节', firstDay: '2024-06-10', lastDay: '2024-06-10' },
    { name: '中秋节', firstDay: '2024-09-15', lastDay: '2024-09-17' },
    { name: '国庆节', firstDay: '2024-10-01', lastDay: '2024-10-07' },
  ],
  workingWeekendDays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
};
