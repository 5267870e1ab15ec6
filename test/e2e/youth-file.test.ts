import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../functions/local/seed-demo.js';
import { DESKTOP, launchChromium, PHONE } from '../support/browser.js';
import { type Harness, startHarness } from '../support/harness.js';

let api: Harness;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync('web/dist/index.html')) throw new Error('Build the web first: npm run build:web (npm test does it).');
  api = await startHarness({ webRoot: 'web/dist' });
  await seedDemo(api.store, new Date());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

async function signIn(options: typeof PHONE | typeof DESKTOP, accountName: string) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(api.url);
  await page.getByRole('button', { name: accountName }).click();
  return { context, page };
}

describe('a young person sees who consulted their file', () => {
  it('shows Lina, on her phone, that her referent opened her file', async () => {
    // The referent opens Lina's file from her caseload.
    const referent = await signIn(DESKTOP, 'Sophie Lefebvre');
    await expect.poll(() => referent.page.getByRole('heading', { level: 1, name: 'Mes jeunes' }).isVisible()).toBe(true);
    await referent.page.getByRole('link', { name: 'Lina Martin' }).click();
    await referent.page.getByRole('heading', { level: 1, name: 'Lina Martin' }).waitFor();
    await referent.page.getByRole('heading', { name: 'Journal' }).waitFor();
    await referent.context.close();

    // Lina signs in on her phone and reads "Qui a consulté mon dossier".
    const lina = await signIn(PHONE, 'Lina Martin');
    await lina.page.getByRole('heading', { level: 1, name: 'Mon dossier' }).waitFor();
    const consultations = lina.page.locator('section', { has: lina.page.getByRole('heading', { name: 'Qui a consulté mon dossier' }) });
    await expect.poll(() => consultations.getByText('Sophie Lefebvre').count()).toBeGreaterThan(0);
    // Her own visit is not listed: only staff access is.
    expect(await consultations.getByText('Lina Martin').count()).toBe(0);
    // The page fits a 360 px screen without horizontal scrolling.
    expect(await lina.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await lina.context.close();
  });

  it('shows Lina the journal entries meant for her only', async () => {
    const lina = await signIn(PHONE, 'Lina Martin');
    const messages = lina.page.locator('section', { has: lina.page.getByRole('heading', { name: 'Messages de mon binôme' }) });
    await expect.poll(() => messages.getByText('Rendez-vous pris avec la mission locale', { exact: false }).count()).toBe(1);
    expect(await lina.page.getByText('Point d’équipe').count()).toBe(0);
    await lina.context.close();
  });
});
