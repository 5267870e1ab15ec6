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

/** What sticks out of a 360 px screen, outside the containers that scroll sideways on purpose (tables, the menu). */
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
  it('show the page title on the first screen, and reflow at 200 % text without sideways scrolling or cut text', async () => {
    const { page, context } = await e2e.signIn(PHONE, 'Yanis Benali');
    const title = page.getByRole('heading', { level: 1, name: 'Mon dossier' });
    await title.waitFor();
    // The compact header: the title sits in the top half of the screen.
    expect(await title.evaluate((heading) => heading.getBoundingClientRect().bottom)).toBeLessThan(370);

    // Android's « very large text », approximated by a root font size of 200 %.
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(`${e2e.api.url}/#${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await expect.poll(() => page.locator('[aria-busy="true"], .loading').count(), { timeout: 15_000 }).toBe(0);
      if ((await page.evaluate(() => document.documentElement.scrollWidth)) > 360) found.push(`${path}: the page scrolls sideways`);
      found.push(...(await page.evaluate(cutOff)).map((what) => `${path}: ${what}`));
    }
    expect(found).toEqual([]);
    await context.close();
  });
});
