import type { Locator, Page } from 'playwright-core';
import { identityNumberOf } from '../support/identity-numbers';
import { programmePublication } from '../support/programme-publication';
import { describeInChromium, LAPTOP, signIn } from './support/browser';
import { consoleSession, demoApi, screenshot } from './support/console-session';

const yuan = (fen: number): string => new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' }).format(fen / 100);

interface ApprovedSubsidy {
  id: string;
  enterpriseName: string | null;
  disbursedFen: number;
}

interface Programme {
  id: string;
  name: string;
  disbursedFen: number;
}

/** A talent grant awarded today through the public API, as the manager: its first allowance month falls due today, whatever day the test runs. */
async function grantFallingDueToday(url: string): Promise<void> {
  const call = await demoApi(url, 'm-1');
  const { items } = await call<{ items: { id: string }[] }>('/api/enterprises?status=licensed&limit=1');
  await call('/api/talent-grants', { enterpriseId: items[0]!.id, personName: '林博士', identityNumber: identityNumberOf(7_001), tier: 'phd', months: 12 });
}

/** Today's date as the API's calendar dates are written, `days` from now. */
const dayFromNow = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A subsidy approved today and not yet paid, whatever the seed left: the manager publishes a
 * programme open to every firm, a licensed firm's agent applies, the manager approves.
 */
async function subsidyApprovedToday(url: string): Promise<{ subsidyId: string; firmName: string }> {
  const manager = await demoApi(url, 'm-1');
  const created = async (call: typeof manager, path: string, body: object): Promise<string> => {
    const answer = await call<{ id?: string }>(path, body);
    if (!answer.id) throw new Error(`POST ${path} answered ${JSON.stringify(answer)}`);
    return answer.id;
  };
  const { items } = await manager<{ items: { id: string; name: string; agentId: string | null; blacklisted: boolean }[] }>('/api/enterprises?status=licensed&limit=50');
  const firm = items.find((candidate) => candidate.agentId !== null && !candidate.blacklisted)!;
  const window = { opensOn: dayFromNow(-30), closesOn: dayFromNow(30) };
  const programmeId = await created(manager, '/api/programmes', programmePublication({ name: '中小企业发展专项资金', budgetFen: 10_000_000, capPerEnterpriseFen: 5_000_000, window }));
  const subsidyId = await created(await demoApi(url, firm.agentId!), '/api/subsidies', { programmeId, enterpriseId: firm.id, requestedFen: 3_000_000 });
  await created(manager, `/api/subsidies/${subsidyId}/approval`, { approvedFen: 2_000_000 });
  return { subsidyId, firmName: firm.name };
}

/**
 * The programme that disbursed second most (the audit shows the first unless told), and the last day of the month before its last payments, read through the
 * public API as the manager: what it had disbursed by the end of that day (Asia/Shanghai) is less than today.
 */
async function programmeAndEarlierDay(url: string): Promise<{ programme: Programme; day: string; disbursedThenFen: number }> {
  const get = await demoApi(url, 'm-1');
  const { items } = await get<{ items: Programme[] }>('/api/programmes?limit=500');
  const programme = [...items].sort((a, b) => b.disbursedFen - a.disbursedFen)[1]!;
  const { months } = await get<{ months: { month: string; disbursedFen: number }[] }>(`/api/audit/programmes/${programme.id}`);
  const lastPaid = months.filter((month) => month.disbursedFen > 0).at(-1)!.month;
  const day = new Date(Date.parse(`${lastPaid}-01T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const asOf = encodeURIComponent(`${day}T23:59:59.999+08:00`);
  const then = await get<{ programme: { disbursedFen: number } }>(`/api/audit/programmes/${programme.id}?asOf=${asOf}`);
  return { programme, day, disbursedThenFen: then.programme.disbursedFen };
}

/** A statistic's value as shown, by its title. */
const statistic = (page: Page, title: string): Locator => page.locator('.audit-figures .ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content');
const exactly = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

const describeE2e = describeInChromium();

describeE2e('the web console for managers and finance', () => {
  const session = consoleSession();

  it('a manager reads a programme’s totals, sees them smaller as of an earlier day, opens the anomalies and runs the integrity check', async () => {
    const { programme, day, disbursedThenFen } = await programmeAndEarlierDay(session.server.url);
    expect(disbursedThenFen).toBeLessThan(programme.disbursedFen);
    const page = await session.browser.newPage({ viewport: LAPTOP });
    await signIn(page, session.server.url, '郑国华');

    await page.getByRole('heading', { name: '资金拨付审计' }).waitFor();
    await page.getByLabel('政策项目').click();
    await page.keyboard.type(programme.name);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/audit?programme=${programme.id}`);
    await statistic(page, '已拨付').filter({ hasText: exactly(yuan(programme.disbursedFen)) }).waitFor();
    await page.getByRole('figure', { name: '各项目预算、承诺与拨付' }).waitFor();
    await screenshot(page, 'manager-audit.png');

    await page.locator('#as-of').fill(day);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/audit?programme=${programme.id}&asOf=${day}`);
    await statistic(page, '已拨付').filter({ hasText: exactly(yuan(disbursedThenFen)) }).waitFor();

    await page.getByRole('tab', { name: '异常清单' }).click();
    await page.getByRole('columnheader', { name: '异常类型' }).waitFor();

    await page.getByRole('link', { name: '完整性校验' }).click();
    await page.getByRole('button', { name: '开始校验' }).click();
    await page.getByText('校验通过：所有事件链完整').waitFor();
    await page.close();
  }, 60_000);

  it('finance sees which firm each approved subsidy still to pay goes to', async () => {
    const { subsidyId, firmName } = await subsidyApprovedToday(session.server.url);
    const finance = await demoApi(session.server.url, 'f-1');
    const unpaid = await finance<ApprovedSubsidy>(`/api/subsidies/${subsidyId}`);
    expect(unpaid).toMatchObject({ id: subsidyId, enterpriseName: firmName, disbursedFen: 0 });
    const page = await session.browser.newPage({ viewport: LAPTOP });
    await signIn(page, session.server.url, '钱芳');
    await page.getByRole('link', { name: '补贴拨付' }).click();
    await page.getByRole('heading', { name: '待拨付的补贴' }).waitFor();
    await page.locator(`tr[data-row-key="${subsidyId}"]`).getByText(firmName).waitFor();
    await screenshot(page, 'finance-disbursements.png');
    await page.close();
  }, 60_000);

  it('finance sees the payments falling due and records one', async () => {
    await grantFallingDueToday(session.server.url);
    const page = await session.browser.newPage({ viewport: LAPTOP });
    await signIn(page, session.server.url, '钱芳');
    await page.getByRole('heading', { name: '到期款项' }).waitFor();
    const due = page.getByRole('row').filter({ has: page.getByRole('button', { name: '登记支付' }) }).first();
    await due.waitFor();
    await screenshot(page, 'finance-payments-due.png');
    const key = await due.getAttribute('data-row-key');
    await expect(due.locator('.ant-tag').textContent()).resolves.toMatch(/应付|逾期/);

    await due.getByRole('button', { name: '登记支付' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /登记生活补贴发放|登记还款/ }).click();
    await page.getByText('已提交').waitFor();
    await page.locator(`tr[data-row-key="${key}"] .ant-tag`).getByText('已付').waitFor();
    await page.close();
  }, 60_000);
});
