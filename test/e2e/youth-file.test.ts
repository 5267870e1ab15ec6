import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from '../support/browser.js';
import { type E2e, keptOnPhone, startE2e } from '../support/e2e.js';
import type { Harness } from '../support/harness.js';

let _api: Harness;
let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
  _api = e2e.api;
});

afterAll(() => e2e?.close());

const signIn: E2e['signIn'] = (options, accountName) => e2e.signIn(options, accountName);

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
    // The seven or eight reads of her visit are one line; the preparation Lina has not shared,
    // which Sophie's page asked for and did not get, is not claimed as read.
    const visits = consultations.getByRole('listitem').filter({ hasText: 'Sophie Lefebvre' }).filter({ hasText: 'a ouvert ton dossier' });
    expect(await visits.count()).toBe(1);
    expect(await consultations.getByText('préparation').count()).toBe(0);
    // Her own visit is not listed: only staff access is.
    expect(await consultations.getByText('Lina Martin').count()).toBe(0);
    // The page fits a 360 px screen without horizontal scrolling.
    expect(await lina.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await lina.context.close();
  });

  it('shows Lina the journal entries meant for her only', async () => {
    const lina = await signIn(PHONE, 'Lina Martin');
    const messages = lina.page.locator('section', { has: lina.page.getByRole('heading', { name: 'Messages avec mon binôme' }) });
    await expect
      .poll(() => messages.getByText('Rendez-vous pris avec la mission locale', { exact: false }).count(), { timeout: 15_000 })
      .toBe(1);
    expect(await lina.page.getByText('Point d’équipe').count()).toBe(0);

    // A message to her binôme and a trusted person, typed and not sent: both kept on the phone across a reload.
    await lina.page.getByRole('button', { name: 'Écrire un message à mon binôme' }).click();
    await lina.page.getByLabel('Mon message à mon binôme').fill('Je peux venir jeudi ?');
    await lina.page.getByRole('button', { name: 'Choisir ma personne de confiance' }).click();
    await lina.page.getByLabel('Son nom').fill('Awa Diallo');
    await expect.poll(async () => (await keptOnPhone(lina.page)).drafts, { timeout: 10_000 }).toBe(2);
    await lina.page.reload();
    await expect
      .poll(() => lina.page.getByLabel('Mon message à mon binôme').inputValue(), { timeout: 15_000 })
      .toBe('Je peux venir jeudi ?');
    await expect.poll(() => lina.page.getByLabel('Son nom').inputValue(), { timeout: 15_000 }).toBe('Awa Diallo');

    // « Mes données » reads as a document: French words and dates, no internal id, and the JSON one tap away.
    await lina.page.getByRole('link', { name: 'Voir mes données' }).click();
    await lina.page.getByRole('heading', { level: 1, name: 'Mes données' }).waitFor();
    await lina.page.getByRole('heading', { level: 2, name: 'Mes messages avec mon binôme' }).waitFor();
    const main = lina.page.locator('main');
    await expect
      .poll(() => main.getByText('Rendez-vous pris avec la mission locale', { exact: false }).count(), { timeout: 15_000 })
      .toBe(1);
    expect(await main.getByText('Point d’équipe').count()).toBe(0);
    const text = (await main.textContent()) ?? '';
    expect(text).toContain('Date de naissance');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/);
    expect(await lina.page.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' }).isVisible()).toBe(true);
    expect(await lina.page.getByRole('button', { name: 'Télécharger le fichier (JSON)' }).isVisible()).toBe(true);
    expect(await lina.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await lina.context.close();
  });
});
