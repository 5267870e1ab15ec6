import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { LocalMessaging } from '../../functions/local/local-transports.js';
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

export async function startE2e(options: { now?: () => Date; messaging?: LocalMessaging } = {}): Promise<E2e> {
  if (!existsSync('web/dist/index.html')) throw new Error('Build the web first: npm run build:web (npm test does it).');
  const api = await startHarness({
    webRoot: 'web/dist',
    ...(options.now ? { now: options.now } : {}),
    // The sender every half second: a test waits for a message, not for a minute.
    ...(options.messaging ? { messaging: { ...options.messaging, senderIntervalMs: 500 } } : {}),
  });
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
      // Signed in once the header offers to sign out: a test that navigates before would race
      // the sign-in's own redirect to the home page (seen on a loaded machine). On a phone the
      // button is in the closed menu, hence attached rather than visible.
      await page.getByRole('button', { name: 'Se déconnecter', includeHidden: true }).waitFor({ state: 'attached' });
      return { context, page };
    },
    async close() {
      await browser.close();
      await api.close();
    },
  };
}

/** Opens the header's menu where it is closed behind « Menu » (a phone); a wider screen shows it already. */
export async function openMenu(page: Page): Promise<void> {
  // Once the menu is in the page, the stylesheet says whether it hides behind the button.
  await page.getByRole('navigation', { name: 'Menu principal', includeHidden: true }).waitFor({ state: 'attached' });
  const toggle = page.getByRole('button', { name: 'Menu', exact: true });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** The link `name` of the main menu, the menu opened first on a phone. */
export async function menuLink(page: Page, name: string) {
  await openMenu(page);
  return page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name, exact: true });
}

/** The page section titled `heading`. */
export function section(page: Page, heading: string) {
  return page.locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) });
}

/** What the phone keeps: the drafts in IndexedDB and the copies of what was seen in sessionStorage. */
export function keptOnPhone(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open('envol');
      opening.onupgradeneeded = () => opening.result.createObjectStore('drafts');
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    });
    const drafts = await new Promise<number>((resolve) => {
      const counting = db.transaction('drafts').objectStore('drafts').count();
      counting.onsuccess = () => resolve(counting.result);
    });
    db.close();
    const seen = Object.keys(sessionStorage).filter((key) => key.startsWith('envol.seen.')).length;
    return { drafts, seen };
  });
}

/** Reloads once what was just typed is in IndexedDB: a draft is written a moment after the keystroke. */
export async function reloadOnceKept(page: Page): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await keptOnPhone(page)).drafts === 0) {
    if (Date.now() > deadline) throw new Error('No draft kept on the phone within 10 s.');
    await page.waitForTimeout(100);
  }
  await page.reload();
}
