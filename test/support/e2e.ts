import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seedDemo } from '../../functions/local/seed-demo.js';
import { type DESKTOP, launchChromium, type PHONE } from './browser.js';
import { type Harness, startHarness } from './harness.js';

/** The product as a browser sees it: the local server with the built web and the demo accounts, and Chromium. */
export interface E2e {
  api: Harness;
  browser: Browser;
  /** A new browser session signed in through the dev login page as the demo account `accountName`. */
  signIn(options: typeof PHONE | typeof DESKTOP, accountName: string): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function startE2e(): Promise<E2e> {
  if (!existsSync('web/dist/index.html')) throw new Error('Build the web first: npm run build:web (npm test does it).');
  const api = await startHarness({ webRoot: 'web/dist' });
  await seedDemo(api.store, new Date());
  const browser = await launchChromium();
  return {
    api,
    browser,
    async signIn(options, accountName) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await page.goto(api.url);
      await page.getByRole('button', { name: accountName }).click();
      return { context, page };
    },
    async close() {
      await browser.close();
      await api.close();
    },
  };
}

/** The page section titled `heading`. */
export function section(page: Page, heading: string) {
  return page.locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) });
}
