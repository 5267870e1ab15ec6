import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from '../support/browser.js';
import { type E2e, reloadOnceKept, section, startE2e } from '../support/e2e.js';
import type { Caller } from '../support/harness.js';

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.close());

const lina: Caller = { sub: 'jeune-62-lina', role: 'jeune', departement: '62', name: 'Lina Martin' };
const CORRECTION = 'Ma date d’entrée à l’ASE est fausse : c’était en 2019.';
const LATER = 'Et aussi pour les comités.';
const OFFLINE_LIST = 'Sans réseau, la liste de tes demandes ne peut pas s’afficher';

/** Once the service worker controls the page, the app shell and the young person's pages are on the phone. */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/** From now on, notes whether « Mes demandes » ever leaves the page or shows a loading state. */
async function watchForBlank(page: Page): Promise<void> {
  await page.evaluate(() => {
    const win = window as unknown as { __envolBlanked: boolean };
    win.__envolBlanked = false;
    new MutationObserver(() => {
      if (!document.getElementById('mes-demandes-rgpd') || document.querySelector('[aria-busy="true"]:not(button)'))
        win.__envolBlanked = true;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

function blanked(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __envolBlanked: boolean }).__envolBlanked);
}

/** axe's serious and critical findings (WCAG 2.1 A and AA), as test/e2e/accessibility.test.ts checks the menu's pages. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} at ${node.target.join(' ')}`));
}

describe('a request about one’s data (RGPD), from the young person’s phone to the referent’s answer', () => {
  it('Lina asks for a correction, Sophie sees it in « Mon suivi », extends the deadline and answers, Lina reads both', async () => {
    // Lina has never opened the page, and her phone is offline: the form and her rights come from
    // the service worker's precache (as « Mon dossier » in offline.test.ts), the list says it waits for the network.
    const phone = await e2e.signIn(PHONE, 'Lina Martin');
    await phone.page.getByRole('heading', { level: 1, name: 'Mon dossier' }).waitFor();
    await controlledByServiceWorker(phone.page);
    await phone.context.setOffline(true);
    await phone.page.getByRole('link', { name: 'Mes droits sur mes données' }).click();
    await phone.page.getByRole('heading', { level: 1, name: 'Mes droits sur mes données' }).waitFor();
    await phone.page.getByLabel('Effacer mes données').check();
    expect(await phone.page.getByText('article 17.3.b', { exact: false }).isVisible()).toBe(true);
    await section(phone.page, 'Mes demandes').getByText(OFFLINE_LIST, { exact: false }).waitFor();
    await phone.page.getByLabel('Corriger une information fausse').check();
    await phone.page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    // Said to a young person without the technical « Erreur : » label (staff keep it, below).
    const problem = phone.page.locator('#rgpd-details-error');
    await problem.getByText('Écris ce qui est faux', { exact: false }).waitFor();
    expect(await problem.textContent()).not.toContain('Erreur');
    // What she types offline survives a reload without network, until she sends it.
    await phone.page.getByLabel('Qu’est-ce qui est faux', { exact: false }).fill(CORRECTION);
    await reloadOnceKept(phone.page);
    await phone.page.getByRole('heading', { level: 1, name: 'Mes droits sur mes données' }).waitFor();
    await expect
      .poll(() => phone.page.getByLabel('Qu’est-ce qui est faux', { exact: false }).inputValue(), { timeout: 10_000 })
      .toBe(CORRECTION);
    await section(phone.page, 'Mes demandes').getByText(OFFLINE_LIST, { exact: false }).waitFor();
    expect(await seriousViolations(phone.page)).toEqual([]);

    // Back online, the list shows by itself.
    await phone.context.setOffline(false);
    await section(phone.page, 'Mes demandes').getByText('Tu n’as pas encore fait de demande.').waitFor();
    expect(await section(phone.page, 'Mes demandes').getByText(OFFLINE_LIST, { exact: false }).count()).toBe(0);

    // Sent: the list keeps its place (no loading state, no blank) and shows the new request, announced politely.
    await watchForBlank(phone.page);
    await phone.page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    const mine = section(phone.page, 'Mes demandes');
    await mine.getByText('En attente de réponse').waitFor();
    await mine.getByText('Tu auras une réponse au plus tard le', { exact: false }).waitFor();
    await phone.page.getByRole('status').getByText('Ta demande est envoyée', { exact: false }).waitFor();
    expect(await blanked(phone.page)).toBe(false);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Sophie, her referent, sees it in « Mon suivi » with its deadline, and answers from the file.
    const desk = await e2e.signIn(DESKTOP, 'Sophie Lefebvre');
    await desk.page.goto(`${e2e.api.url}/#/suivi`);
    await desk.page.getByRole('heading', { level: 1, name: 'Mon suivi' }).waitFor();
    await desk.page.getByText('1 demande RGPD à traiter, réponse due le', { exact: false }).waitFor();
    await desk.page.getByRole('link', { name: 'ouvrir le dossier pour y répondre' }).first().click();
    const requests = section(desk.page, 'Demandes RGPD du jeune');
    await requests.getByText('Le jeune a écrit : Ma date d’entrée à l’ASE est fausse', { exact: false }).waitFor();
    // She first takes the two more months of art. 12.3, with reasons Lina will read.
    await requests.getByText('Prolonger le délai de deux mois').click();
    await requests.getByLabel('Motifs de la prolongation', { exact: false }).fill('Il faut retrouver ton dossier d’entrée aux archives.');
    expect(await seriousViolations(desk.page)).toEqual([]);
    await requests.getByRole('button', { name: 'Prolonger le délai' }).click();
    await requests.getByText('Délai de réponse prolongé de deux mois', { exact: false }).waitFor();
    await requests.getByText('délai prolongé de deux mois, RGPD art. 12.3', { exact: false }).waitFor();
    expect(await requests.getByText('Prolonger le délai de deux mois').count()).toBe(0);
    await requests.getByLabel('Traitée').check();
    await requests.getByLabel('Réponse au jeune').fill('C’est corrigé : ton entrée à l’ASE est bien en 2019.');
    await requests.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    await requests.getByText('C’est corrigé : ton entrée à l’ASE est bien en 2019.').waitFor();

    // Lina reads the answer on her phone.
    await phone.page.reload();
    await section(phone.page, 'Mes demandes').getByText('C’est corrigé : ton entrée à l’ASE est bien en 2019.').waitFor();
    await section(phone.page, 'Mes demandes').getByText('Faite', { exact: true }).first().waitFor();
    await section(phone.page, 'Mes demandes').getByText('Il faut retrouver ton dossier d’entrée aux archives.').waitFor();

    // Sent without network: it waits on the phone, and the phone sends it itself (same key) once back online, into the list without a blank.
    await phone.context.setOffline(true);
    await phone.page.getByLabel('Bloquer l’utilisation de mes données', { exact: false }).check();
    await phone.page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await phone.page.getByText('Enregistré sur ce téléphone, sera envoyé dès que possible.').waitFor();
    // What she types while it waits is not in it: it stays in the form once the request has left.
    await phone.page.getByLabel('Ton message').fill(LATER);
    await watchForBlank(phone.page);
    await phone.context.setOffline(false);
    await mine.getByRole('heading', { name: 'Bloquer l’utilisation de mes données', exact: false }).waitFor();
    expect(await blanked(phone.page)).toBe(false);
    expect(await phone.page.getByLabel('Ton message').inputValue()).toBe(LATER);
    const youthId = (await e2e.api.call(lina, 'GET', '/api/youth/me')).body.id as string;
    expect((await e2e.api.call(lina, 'GET', `/api/youth/${youthId}/rgpd-requests`)).body.items).toHaveLength(2);

    await phone.context.close();
    await desk.context.close();
  });
});
