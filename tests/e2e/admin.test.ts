import { until } from '../support/until';
import { describeInChromium, LAPTOP, signIn } from './support/browser';
import { consoleSession, demoApi, screenshot } from './support/console-session';

/** Next year in Shanghai: the one whose calendar an admin enters once the State Council's notice is out. */
const nextYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date())) + 1;
/** The first day of February of `year` falling on `weekday` (0 Sunday … 6 Saturday). */
const firstInFebruary = (year: number, weekday: number): string => {
  const first = new Date(Date.UTC(year, 1, 1));
  first.setUTCDate(1 + ((weekday - first.getUTCDay() + 7) % 7));
  return first.toISOString().slice(0, 10);
};

const describeE2e = describeInChromium();

describeE2e('the web console for admins', () => {
  const session = consoleSession();

  it("an admin enters next year's working-day calendar: a weekday given as a working weekend day is refused, the corrected calendar is kept", async () => {
    const saturday = firstInFebruary(nextYear, 6);
    const monday = firstInFebruary(nextYear, 1);
    const page = await session.browser.newPage({ viewport: LAPTOP });
    await signIn(page, session.server.url, '林志远');
    await page.getByRole('link', { name: '工作日历' }).click();
    await page.getByRole('heading', { name: '工作日历' }).waitFor();

    await page.getByLabel('年份').click();
    await page.locator('.ant-select-item-option').filter({ hasText: String(nextYear) }).click();
    await page.getByRole('button', { name: '添加假期' }).click();
    await page.getByLabel('假期名称').fill('元旦');
    await page.getByLabel('首日 YYYY-MM-DD').fill(`${nextYear}-01-01`);
    await page.getByLabel('末日 YYYY-MM-DD').fill(`${nextYear}-01-01`);
    await page.getByLabel('调休上班日').fill(monday);
    await page.getByRole('button', { name: '保存日历' }).click();
    await page.getByRole('alert').filter({ hasText: monday }).waitFor();

    await page.getByLabel('调休上班日').fill(saturday);
    await page.getByRole('button', { name: '保存日历' }).click();
    await page.getByRole('alert').filter({ hasText: `${nextYear} 年的日历由管理员设置` }).waitFor();
    await screenshot(page, 'admin-calendar.png');
    // Saved again, it is sent with the revision it was read at (If-Match) and replaces the first.
    await page.getByLabel('假期名称').fill('元旦假期');
    await page.getByRole('button', { name: '保存日历' }).click();

    const call = await demoApi(session.server.url, 'admin-1');
    const saved = () => call<{ holidays: { name: string }[]; workingWeekendDays: string[]; source: string }>(`/api/calendar/${nextYear}`);
    await until('the second save', async () => (await saved()).holidays[0]?.name === '元旦假期');
    expect(await saved()).toEqual({
      year: nextYear,
      holidays: [{ name: '元旦假期', firstDay: `${nextYear}-01-01`, lastDay: `${nextYear}-01-01` }],
      workingWeekendDays: [saturday],
      source: 'set',
    });
    await page.close();
  });
});
