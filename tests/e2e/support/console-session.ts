import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { ensureConsoleBuilt } from './console-build';
import { startSeededServer, type SeededServer } from './seeded-server';

const SCREENSHOTS = resolve(__dirname, '..', '..', '..', 'docs', 'screenshots');

export interface ConsoleSession {
  server: SeededServer;
  browser: Browser;
}

/** A seeded server with the console built, and a browser, for the enclosing describe: set once its beforeAll has run, closed after it. */
export function consoleSession(): ConsoleSession {
  const session = {} as ConsoleSession;
  beforeAll(async () => {
    ensureConsoleBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    [session.server, session.browser] = await Promise.all([startSeededServer(), launchChromium()]);
  }, 120_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/** A full-page screenshot into docs/screenshots once nothing is loading any more (no request, no spinner). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction('document.querySelectorAll(".ant-spin-spinning, .ant-table-placeholder .ant-spin").length === 0');
  await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
}

/** Calls the public API as a demo user: GET without a body, POST with one; answers the parsed JSON. */
export async function demoApi(url: string, userId: string): Promise<<T>(path: string, body?: object) => Promise<T>> {
  const answer = await fetch(`${url}/api/demo/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId }) });
  const { token } = (await answer.json()) as { token: string };
  return async <T>(path: string, body?: object) => {
    const headers = { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) };
    return (await (await fetch(`${url}${path}`, body ? { method: 'POST', headers, body: JSON.stringify(body) } : { headers })).json()) as T;
  };
}
