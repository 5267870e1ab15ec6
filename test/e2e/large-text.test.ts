import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE } from '../support/browser.js';
import { type E2e, startE2e } from '../support/e2e.js';

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => e2e?.close());

const PAGES = [
  '/moi',
  '/aide',
  '/entretien',
  '/grille',
  '/logement',
  '/accompagnement',
  '/droits',
  '/comites',
  '/moi/donnees',
  '/moi/demandes',
];

/** Every entry of the young person's menu, in order. */
const MENU = [
  'Mon dossier',
  'J’ai besoin d’aide',
  'Mon entretien et mon projet',
  'Ma grille d’autonomie',
  'Mon logement',
  'Après mes 18 ans',
  'Mes droits',
  'Mes comités',
];

/** axe's serious and critical findings (WCAG 2.1 A and AA), one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} at ${node.target.join(' ')}`));
}

/** The menu's entries as the phone shows them: name, box, and whether the keyboard focus shows on it. */
function menuEntries() {
  return Array.from(document.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Menu principal"] a')).map((link) => {
    const box = link.getBoundingClientRect();
    return { name: link.textContent ?? '', left: box.left, right: box.right, height: box.height, shown: link.checkVisibility() };
  });
}

/** What sticks out of the screen, outside the containers that scroll sideways on purpose (tables). */
function cutOff(): string[] {
  const scrolls = (element: Element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX);
  return Array.from(document.querySelectorAll('body *')).flatMap((element) => {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.right <= innerWidth + 1) return [];
    for (let parent = element.parentElement; parent; parent = parent.parentElement) if (scrolls(parent)) return [];
    return [`${element.tagName.toLowerCase()} « ${(element.textContent ?? '').trim().slice(0, 40)} »`];
  });
}

describe('a young person’s pages on a 360 px phone', () => {
  it('open under a one-row header whose « Menu » shows every entry, and reflow at 320 px and at 200 % text without sideways scrolling or cut text', async () => {
    const { page, context } = await e2e.signIn(PHONE, 'Yanis Benali');
    const title = page.getByRole('heading', { level: 1, name: 'Mon dossier' });
    await title.waitFor();
    // One short row (the demo's banner apart: production has none), and the title high on the first screen.
    const header = await page.evaluate(() => {
      const height = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().height ?? 0;
      return height('.site-header') - height('.dev-banner');
    });
    expect(header).toBeLessThanOrEqual(64);
    expect(await title.evaluate((heading) => heading.getBoundingClientRect().bottom)).toBeLessThan(200);
    // « J’ai besoin d’aide » stays one tap away, on the row itself.
    const help = await page.getByRole('link', { name: 'Besoin d’aide', exact: true }).boundingBox();
    expect(help?.height).toBeGreaterThanOrEqual(44);
    expect((help?.y ?? 999) + (help?.height ?? 0)).toBeLessThanOrEqual(
      await page.evaluate(() => document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0),
    );

    // The menu is behind a disclosure button: closed, none of its entries shows.
    const toggle = page.getByRole('button', { name: 'Menu', exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect((await page.evaluate(menuEntries)).filter((entry) => entry.shown)).toEqual([]);
    // Opened by the keyboard: every entry on the screen, whole, one under the other, a 44 px target at least.
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const controlled = await toggle.getAttribute('aria-controls');
    expect(await page.locator(`#${controlled}`).getByRole('navigation', { name: 'Menu principal' }).count()).toBe(1);
    const entries = await page.evaluate(menuEntries);
    expect(entries.map((entry) => entry.name)).toEqual(MENU);
    for (const entry of entries) {
      expect(entry, entry.name).toMatchObject({ shown: true });
      expect(entry.left, entry.name).toBeGreaterThanOrEqual(0);
      expect(entry.right, entry.name).toBeLessThanOrEqual(360);
      expect(entry.height, entry.name).toBeGreaterThanOrEqual(44);
    }
    expect(await seriousViolations(page)).toEqual([]);
    // Tab goes from the button into the menu: the account, then each entry in order.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Se déconnecter');
    for (const name of MENU) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(name);
    }
    // Escape closes it and gives the focus back to the button.
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.evaluate((button) => document.activeElement === button)).toBe(true);
    // Following an entry closes it; the new page's title takes the focus.
    await toggle.click();
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Mes droits' }).click();
    const rights = page.getByRole('heading', { level: 1, name: 'Mes droits' });
    await expect.poll(() => rights.evaluate((heading) => document.activeElement === heading)).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // Back on the page where it was opened, the menu is closed.
    await page.goBack();
    await title.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    // 320 px wide, the menu open: nothing sticks out.
    await page.setViewportSize({ width: 320, height: 740 });
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await page.evaluate(cutOff)).toEqual([]);
    await page.setViewportSize(PHONE.viewport);

    // Android's « very large text », approximated by a root font size of 200 %.
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(`${e2e.api.url}/#${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await expect.poll(() => page.locator('[aria-busy="true"], .loading').count(), { timeout: 15_000 }).toBe(0);
      // Once with the menu open: its entries wrap too.
      if (path === '/moi') await toggle.click();
      if ((await page.evaluate(() => document.documentElement.scrollWidth)) > 360) found.push(`${path}: the page scrolls sideways`);
      found.push(...(await page.evaluate(cutOff)).map((what) => `${path}: ${what}`));
    }
    expect(found).toEqual([]);
    await context.close();
  });
});
