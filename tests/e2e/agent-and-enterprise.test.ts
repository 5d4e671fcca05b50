import type { Locator, Page } from 'playwright-core';
import { describeInChromium, LAPTOP, PHONE, signIn } from './support/browser';
import { consoleSession, demoApi, screenshot } from './support/console-session';
const SERVICE = '公共场所卫生许可证';

interface DemoUser {
  id: string;
  name: string;
  role: string;
  enterpriseId?: string;
}

/** The firm of a seeded enterprise user and the agent it is assigned to, looked up through the public API as a manager. */
async function firmAndItsAgent(url: string): Promise<{ firm: DemoUser & { enterpriseId: string }; agent: DemoUser }> {
  const users = ((await (await fetch(`${url}/api/demo/users`)).json()) as { items: DemoUser[] }).items;
  const firm = users.find((user): user is DemoUser & { enterpriseId: string } => user.enterpriseId !== undefined)!;
  const profile = await (await demoApi(url, 'm-1'))<{ agentId: string }>(`/api/enterprises/${firm.enterpriseId}`);
  return { firm, agent: users.find((user) => user.id === profile.agentId)! };
}

/** A screenshot of the page as freshly loaded, once `shown` is there and nothing is loading any more (no toast, no spinner). */
async function shoot(page: Page, name: string, shown: Locator): Promise<void> {
  await page.reload();
  await shown.waitFor();
  await screenshot(page, name);
}

const describeE2e = describeInChromium();

describeE2e('the web console for agents and enterprises', () => {
  const session = consoleSession();
  let firm: DemoUser & { enterpriseId: string };
  let agent: DemoUser;

  beforeAll(async () => {
    ({ firm, agent } = await firmAndItsAgent(session.server.url));
  });

  it("an agent opens a task for a firm, finds it in the queue, is told at the field why a handover is refused, and completes it", async () => {
    const page = await session.browser.newPage({ viewport: LAPTOP });
    await signIn(page, session.server.url, agent.name);

    await page.getByRole('link', { name: '我的企业' }).click();
    await page.getByLabel('名称或信用代码').fill(firm.name);
    await page.getByRole('button', { name: '搜索' }).click();
    await page.getByRole('link', { name: firm.name }).click();
    await page.getByRole('button', { name: '新建代办事项' }).click();
    await page.getByLabel('服务事项').fill(SERVICE);
    await page.keyboard.press('Enter');
    await page.locator('form#open-task').getByRole('button', { name: '新建代办事项' }).click();
    await page.getByText('已提交').waitFor();

    await page.getByRole('link', { name: '我的待办' }).click();
    const row = page.getByRole('row').filter({ hasText: firm.name }).filter({ hasText: SERVICE });
    await shoot(page, 'agent-work-queue.png', row);
    await row.getByRole('link', { name: SERVICE }).click();

    await page.locator('form#accept').getByRole('button', { name: '接办' }).click();
    await page.getByText('办理中').first().waitFor();

    await page.getByRole('tab', { name: '移交其他代办员' }).click();
    await page.locator('#handover_toAgentId').fill(agent.id);
    await page.locator('#handover_reason').fill('调岗');
    await page.locator('form#handover').getByRole('button', { name: '移交其他代办员' }).click();
    // The API's own words (422 already-task-owner, errors[] naming toAgentId), next to that field.
    await page.locator('#handover_toAgentId_help').getByText('The task is already theirs').waitFor();

    await page.getByRole('tab', { name: '办结' }).click();
    await page.locator('#completion_outcome').fill('许可证已发放');
    await page.locator('#completion_costSavedFen').fill('500');
    await page.locator('form#completion').getByRole('button', { name: '办结' }).click();
    await page.getByText('已办结').first().waitFor();

    await page.getByRole('button', { name: 'Switch to Chinese' }).or(page.getByRole('button', { name: '切换到英文' })).click();
    await page.getByText('Completed').first().waitFor();
    await page.close();
  }, 60_000);

  it('the enterprise rates the finished service and sees the rating in its timeline, on a laptop and on a phone', async () => {
    const context = await session.browser.newContext({ viewport: LAPTOP });
    const page = await context.newPage();
    await signIn(page, session.server.url, firm.name);

    await page.getByRole('link', { name: '评价' }).first().click();
    await page.locator('form#rating .ant-rate-star').nth(4).click();
    await page.locator('#rating_comment').fill('很满意');
    await page.locator('form#rating').getByRole('button', { name: '评价本次服务' }).click();
    await page.getByText('已提交').waitFor();

    await page.getByRole('link', { name: '本企业' }).click();
    const rating = page.getByText('企业评价：非常满意（很满意）');
    await rating.waitFor();
    await shoot(page, 'enterprise-home.png', rating);

    await page.setViewportSize(PHONE);
    await shoot(page, 'enterprise-home-phone.png', rating);
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  }, 60_000);
});
