import type { YearCalendar } from '../year-calendar';

/** 国务院办公厅关于2023年部分节假日安排的通知. New Year's holiday began on 2022-12-31, a date of the year before. */
export const calendar2023: YearCalendar = {
  year: 2023,
  holidays: [
    { name: '元旦', firstDay: '2023-01-01', lastDay: '2023-01-02' },
    { name: '春节', firstDay: '2023-01-21', lastDay: '2023-01-27' },
    { name: '清明节', firstDay: '2023-04-05', lastDay: '2023-04-05' },
    { name: '劳动节', firstDay: '2023-04-29', lastDay: '2023-05-03' },
    { name: '端午节', firstDay: '2023-06-22', lastDay: '2023-06-24' },
    { name: '中秋节、国庆节', firstDay: '2023-09-29', lastDay: '2023-10-06' },
  ],
  workingWeekendDays: ['2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08'],
};
