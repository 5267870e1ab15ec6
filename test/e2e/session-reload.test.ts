import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from '../support/browser.js';
import { type E2e, openMenu, startE2e } from '../support/e2e.js';

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => e2e?.close());

/** Each role's main pages: the menu's, and a young person's file for staff. */
const ROLES = [
  {
    account: 'Lina Martin',
    device: PHONE,
    pages: ['/moi', '/entretien', '/grille', '/logement', '/accompagnement', '/droits', '/comites'],
  },
  { account: 'Sophie Lefebvre', device: DESKTOP, pages: ['/jeunes', '/suivi', '/logement'], openFile: 'Lina Martin' },
  { account: 'Karim Haddad', device: DESKTOP, pages: ['/jeunes', '/suivi', '/logement'], openFile: 'Yanis Benali' },
  {
    account: 'Nadia Roussel',
    device: DESKTOP,
    pages: ['/jeunes', '/logement', '/grille', '/comites', '/personnel'],
    openFile: 'Lina Martin',
  },
  { account: 'Claire Petit', device: DESKTOP, pages: ['/comites'] },
] as const;

/** Waits until the page has finished loading; returns its title and fails on any error shown. */
async function settledPage(page: Page): Promise<string> {
  const heading = page.getByRole('heading', { level: 1 });
  await heading.waitFor();
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0);
  expect(await page.locator('.notice--error').allInnerTexts()).toEqual([]);
  return (await heading.textContent()) ?? '';
}

async function expectSignedIn(page: Page, account: string) {
  await openMenu(page);
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
  expect(await page.locator('.account-who').textContent()).toContain(account);
  expect(await page.getByRole('navigation', { name: 'Menu principal' }).isVisible()).toBe(true);
}

async function reloadAndCheck(page: Page, account: string) {
  const url = page.url();
  const title = await settledPage(page);
  await page.reload();
  await expectSignedIn(page, account);
  expect(await settledPage(page)).toBe(title);
  expect(page.url()).toBe(url);
}

describe('a session survives reloads', () => {
  for (const role of ROLES) {
    it(`keeps ${role.account} signed in on a reload of each main page`, async () => {
      const { context, page } = await e2e.signIn(role.device, role.account);
      await expectSignedIn(page, role.account);
      for (const path of role.pages) {
        await page.goto(`${e2e.api.url}/#${path}`);
        await reloadAndCheck(page, role.account);
      }
      if ('openFile' in role) {
        await page.goto(`${e2e.api.url}/#/jeunes`);
        await page.getByRole('link', { name: role.openFile }).first().click();
        await page.getByRole('heading', { level: 1, name: role.openFile }).waitFor();
        await reloadAndCheck(page, role.account);
      }
      await context.close();
    });
  }

  it('opens « Mon dossier » from a saved session in a new page of the same tab', async () => {
    const { context, page } = await e2e.signIn(PHONE, 'Lina Martin');
    await page.getByRole('heading', { level: 1, name: 'Mon dossier' }).waitFor();
    // Typing the address again: the app starts from scratch with the session kept in the tab.
    await page.goto('about:blank');
    await page.goto(`${e2e.api.url}/#/moi`);
    await expectSignedIn(page, 'Lina Martin');
    expect(await settledPage(page)).toBe('Mon dossier');
    await context.close();
  });
});

/** Rewrites the kept token's expiry to the past, as if the phone had been left for hours. */
function expireStoredToken(page: Page) {
  return page.evaluate(() => {
    const token = sessionStorage.getItem('envol.token') ?? '';
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(atob((payload ?? '').replace(/-/g, '+').replace(/_/g, '/')));
    claims.exp = Math.floor(Date.now() / 1000) - 60;
    const encoded = btoa(JSON.stringify(claims)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    sessionStorage.setItem('envol.token', `${header}.${encoded}.${signature}`);
  });
}

describe('an expired session', () => {
  it('sends a young person to sign in with a kind sentence, then back to the page she asked for', async () => {
    const { context, page } = await e2e.signIn(PHONE, 'Lina Martin');
    await page.getByRole('heading', { level: 1, name: 'Mon dossier' }).waitFor();
    await page.goto(`${e2e.api.url}/#/logement`);
    await settledPage(page);
    await expireStoredToken(page);
    await page.reload();

    await page.getByRole('heading', { level: 1, name: 'Connexion de démonstration' }).waitFor();
    const notice = await page.locator('.notice--info').textContent();
    expect(notice).toContain('Ta session a pris fin');
    expect(notice).not.toContain('Authentification requise');

    await page.getByRole('button', { name: 'Lina Martin' }).click();
    await expectSignedIn(page, 'Lina Martin');
    await expect.poll(() => new URL(page.url()).hash).toBe('#/logement');
    expect(await settledPage(page)).toBe('Mon logement');
    await context.close();
  });

  it('sends staff whose token the API refuses to sign in, then back to the page they were on', async () => {
    const { context, page } = await e2e.signIn(DESKTOP, 'Sophie Lefebvre');
    await page.getByRole('heading', { level: 1, name: 'Mes jeunes' }).waitFor();
    await page.getByRole('link', { name: 'Lina Martin' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Lina Martin' }).waitFor();
    const filePath = new URL(page.url()).hash;
    // The token still looks valid to the page but the API no longer accepts it (revoked, or the
    // clocks disagree): its first call gets a 401.
    await page.evaluate(() => {
      const token = sessionStorage.getItem('envol.token') ?? '';
      sessionStorage.setItem('envol.token', `${token.slice(0, -4)}AAAA`);
    });
    await page.reload();

    await page.getByRole('heading', { level: 1, name: 'Connexion de démonstration' }).waitFor();
    const notice = await page.locator('.notice--info').textContent();
    expect(notice).toContain('Votre session a pris fin');
    expect(notice).not.toContain('Authentification requise');

    await page.getByRole('button', { name: 'Sophie Lefebvre' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(filePath);
    await page.getByRole('heading', { level: 1, name: 'Lina Martin' }).waitFor();
    await expectSignedIn(page, 'Sophie Lefebvre');
    await context.close();
  });
});
