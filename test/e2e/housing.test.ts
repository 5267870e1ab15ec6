import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, parisDate } from '../../shared/domain/calendar-date.js';
import { DESKTOP, PHONE } from '../support/browser.js';
import { type E2e, menuLink, reloadOnceKept, section, startE2e } from '../support/e2e.js';
import type { Caller, Harness } from '../support/harness.js';

let api: Harness;
let e2e: E2e;

const lina: Caller = { sub: 'jeune-62-lina', role: 'jeune', departement: '62', name: 'Lina Martin' };
const nadia: Caller = { sub: 'admin-62-nadia', role: 'admin', departement: '62', name: 'Nadia Roussel' };

beforeAll(async () => {
  e2e = await startE2e();
  api = e2e.api;
});

afterAll(() => e2e?.close());

/** Paris's calendar date in `days` days: the page counts days from Paris's today, also near midnight. */
function inDays(days: number): string {
  return addDays(parisDate(new Date()), days);
}

describe('housing, from the young person’s phone to an accepted application', () => {
  it('lets Lina fill her project and add an application, Karim take it to acceptée, and the alert go', async () => {
    const linaId = (await api.call(lina, 'GET', '/api/youth/me')).body.id as string;
    // Lina's care ends in 100 days: she is « sans solution logement ».
    const file = await api.call(nadia, 'GET', `/api/youth/${linaId}`);
    expect((await api.call(nadia, 'PATCH', `/api/youth/${linaId}`, { version: file.body.version, careEndDate: inDays(100) })).status).toBe(
      200,
    );
    const stored = async () => (await api.call(lina, 'GET', `/api/housing/${linaId}`)).body;

    const phone = await e2e.signIn(PHONE, 'Lina Martin');
    await phone.page.getByRole('heading', { level: 1, name: 'Mon dossier' }).waitFor();
    await (await menuLink(phone.page, 'Mon logement')).click();
    await phone.page.getByRole('heading', { level: 1, name: 'Mon logement' }).waitFor();
    await phone.page.getByText('pas encore de solution logement', { exact: false }).waitFor();

    // Her project is saved as she goes.
    await phone.page.getByLabel('Foyer de jeunes travailleurs (FJT)').check();
    const area = phone.page.getByLabel('Où (ville, quartier)');
    await area.fill('Arras');
    await area.blur();
    await phone.page.getByRole('button', { name: 'Ajouter une ressource' }).click();
    const amount = phone.page.getByLabel('Montant en euros par mois');
    await amount.fill('850');
    await amount.blur();
    await expect
      .poll(async () => (await stored()).project)
      .toMatchObject({ wishedSolutionTypeIds: ['fjt'], wishedArea: 'Arras', resources: [{ source: 'salaire', monthlyAmount: 850 }] });
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // A reload keeps it all, even what was typed a moment before (kept on the phone first, then sent).
    await area.fill('Arras centre');
    await reloadOnceKept(phone.page);
    await phone.page.getByRole('heading', { level: 1, name: 'Mon logement' }).waitFor();
    await expect.poll(() => phone.page.getByLabel('Où (ville, quartier)').inputValue(), { timeout: 15_000 }).toBe('Arras centre');
    await expect.poll(async () => (await stored()).project.wishedArea, { timeout: 15_000 }).toBe('Arras centre');
    // She shares it and adds an application; its form too survives a reload.
    await phone.page.getByRole('button', { name: 'Partager avec mon binôme' }).click();
    await phone.page.getByText('Partagé avec ton binôme le', { exact: false }).waitFor();
    const applications = section(phone.page, 'Mes demandes');
    await applications.getByLabel('Type de logement').selectOption('fjt');
    await applications.getByLabel('Un mot pour ton binôme').fill('Le FJT près de la gare');
    await reloadOnceKept(phone.page);
    await expect
      .poll(() => section(phone.page, 'Mes demandes').getByLabel('Un mot pour ton binôme').inputValue(), { timeout: 15_000 })
      .toBe('Le FJT près de la gare');
    await applications.getByRole('button', { name: 'Ajouter la demande' }).click();
    await applications.locator('.tag', { hasText: 'À déposer' }).waitFor();
    const number = (await stored()).applications[0].number as string;
    expect(number).toMatch(/^LOG-62-\d{4}-\d{6}$/);
    await applications.getByText(`N° ${number}`, { exact: false }).waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Karim, her coordinateur, finds it in his queue and takes it to « acceptée ».
    const desk = await e2e.signIn(DESKTOP, 'Karim Haddad');
    await desk.page.getByRole('heading', { level: 1, name: 'Mes jeunes' }).waitFor();
    // Her file shows the alert, from the file alone: no housing data read yet.
    await desk.page.goto(`${api.url}/#/jeunes/${linaId}`);
    await section(desk.page, 'Logement').getByText('Sans solution logement : fin de prise en charge dans 100 jours.').waitFor();
    await desk.page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Demandes de logement' }).click();
    await desk.page.getByRole('heading', { level: 1, name: 'Demandes de logement' }).waitFor();
    await desk.page.getByText('Sans solution logement', { exact: false }).first().waitFor();
    await desk.page.getByRole('link', { name: 'Lina Martin' }).click();
    await desk.page.getByRole('heading', { level: 1, name: 'Logement – Lina Martin' }).waitFor();
    await section(desk.page, 'Projet logement').getByText('Arras').waitFor();
    for (const [button, status] of [
      ['Marquer déposée', 'Déposée'],
      ['Marquer en cours d’examen', 'En cours d’examen'],
      ['Proposition reçue', 'Proposition reçue'],
      ['Acceptée', 'Acceptée'],
    ] as const) {
      await desk.page.getByRole('button', { name: new RegExp(`^${button}`) }).click();
      await expect
        .poll(async () => (await stored()).applications[0].status)
        .toBe(
          { Déposée: 'deposee', 'En cours d’examen': 'en_instruction', 'Proposition reçue': 'proposition', Acceptée: 'acceptee' }[status],
        );
      await section(desk.page, 'Demandes').locator('.tag', { hasText: status }).waitFor();
    }
    await desk.page.getByText('Solution logement trouvée.').waitFor();
    // Back on her file, the alert is gone there too.
    await desk.page.goto(`${api.url}/#/jeunes/${linaId}`);
    await section(desk.page, 'Logement').getByText('Solution logement trouvée.').waitFor();
    expect(await desk.page.getByText('Sans solution logement', { exact: false }).count()).toBe(0);

    // Lina sees it, and the alert is gone.
    await phone.page.reload();
    await phone.page.getByRole('heading', { level: 1, name: 'Mon logement' }).waitFor();
    await phone.page.getByText('C’est accepté : tu as une solution logement.').waitFor();
    expect(await phone.page.getByText('Tu as une solution logement.', { exact: true }).isVisible()).toBe(true);
    expect(await phone.page.getByText('pas encore de solution logement', { exact: false }).count()).toBe(0);
    // A finger's target on a phone (walk-through: 26 px).
    expect((await phone.page.getByText('Historique').boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await phone.page.getByText('Historique').click();
    await phone.page.getByText('Karim Haddad', { exact: false }).first().waitFor();
  });
});
