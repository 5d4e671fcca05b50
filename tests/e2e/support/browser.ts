import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * `describe`, or `describe.skip` with a loud warning when Debian's chromium is missing. In CI
 * (CI=true) a missing browser fails the run instead: end-to-end tests must not vanish silently.
 */
export function describeInChromium(): jest.Describe {
  if (existsSync(CHROMIUM)) return describe;
  const message = `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) to run the end-to-end tests`;
  if (process.env['CI'] === 'true') throw new Error(message);
  console.warn(`\n!!!!!!!!\n!!! SKIPPED: ${message}\n!!!!!!!!\n`);
  return describe.skip;
}

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: ARGS });

export const LAPTOP = { width: 1366, height: 768 } as const;
export const PHONE = { width: 375, height: 740 } as const;

/** Signs in through the console's sign-in page as the demo user labelled `name`, with the keyboard alone. */
export async function signIn(page: Page, baseUrl: string, name: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('combobox').waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  // Tab pressed while the list is still open stays in the select on a busy machine.
  await page.waitForFunction('!document.querySelector(".ant-select-open")');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('navigation').waitFor();
}
