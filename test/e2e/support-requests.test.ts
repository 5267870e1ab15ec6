import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, parisDate } from '../../shared/domain/calendar-date.js';
import { formatDate } from '../../web/src/lib/dates.js';
import { DESKTOP, PHONE } from '../support/browser.js';
import { type E2e, menuLink, reloadOnceKept, section, startE2e } from '../support/e2e.js';
import type { Caller } from '../support/harness.js';

let e2e: E2e;
const lina: Caller = { sub: 'jeune-62-lina', role: 'jeune', departement: '62', name: 'Lina Martin' };

beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.close());

describe('support from 18 to 21, from the young person’s phone to the admin’s decision', () => {
  it('lets Lina ask on her phone, Nadia refuse then grant, and Lina read the decision and how to contest it', async () => {
    const { api } = e2e;
    const linaId = (await api.call(lina, 'GET', '/api/youth/me')).body.id as string;

    // Lina asks on her phone; what she types survives a reload until she sends it.
    const phone = await e2e.signIn(PHONE, 'Lina Martin');
    await phone.page.getByRole('heading', { level: 1, name: 'Mon dossier' }).waitFor();
    await (await menuLink(phone.page, 'Après mes 18 ans')).click();
    await phone.page.getByRole('heading', { level: 1, name: 'Mon accompagnement après 18 ans' }).waitFor();
    await phone.page.getByText('Tu n’as pas encore fait de demande.').waitFor();
    const first = phone.page.getByLabel('Première demande', { exact: false });
    expect(await first.isChecked()).toBe(true);
    await phone.page.getByLabel('Ton message').fill('Je veux finir mon CAP cuisine.');
    await reloadOnceKept(phone.page);
    // The draft comes back from IndexedDB a moment after the form shows.
    await expect.poll(() => phone.page.getByLabel('Ton message').inputValue(), { timeout: 10_000 }).toBe('Je veux finir mon CAP cuisine.');
    await phone.page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await phone.page.getByText('En attente de décision').waitFor();
    await phone.page.getByText('Ta demande est en cours d’étude', { exact: false }).waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Nadia, admin of the département, refuses it from the file: reasons are required.
    const desk = await e2e.signIn(DESKTOP, 'Nadia Roussel');
    await desk.page.getByRole('heading', { level: 1, name: 'Mes jeunes' }).waitFor();
    await desk.page.goto(`${api.url}/#/jeunes/${linaId}`);
    const support = section(desk.page, 'Accompagnement jeune majeur (18-21 ans)');
    await support.getByText('« Je veux finir mon CAP cuisine. »', { exact: false }).waitFor();
    await support.getByLabel('Refuser').check();
    await support.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await support.getByText('Erreur : Un refus doit être motivé', { exact: false }).waitFor();
    await support.getByLabel('Motifs du refus').fill('Lina reste prise en charge jusqu’à sa majorité ; à redemander en janvier.');
    await support.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await support.getByText('Refusée', { exact: true }).waitFor();

    // Lina sees the refusal, its reasons, by when and how to contest it, and the letter.
    const contestBy = formatDate(addMonths(parisDate(new Date()), 2));
    await phone.page.reload();
    await phone.page.getByText('Refusée', { exact: true }).waitFor();
    await phone.page.getByText('Motifs : Lina reste prise en charge', { exact: false }).waitFor();
    const notice = phone.page.getByText('tu peux contester cette décision', { exact: false });
    expect(await notice.textContent()).toContain(`jusqu’au ${contestBy}`);
    expect(await notice.textContent()).toContain('tribunal administratif');
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.page.getByRole('link', { name: 'Voir le courrier de décision (à imprimer)' }).click();
    await phone.page.getByRole('heading', { level: 1, name: 'Décision d’accompagnement jeune majeur' }).waitFor();
    const letter = phone.page.getByRole('article', { name: 'Courrier de décision' });
    await letter.getByRole('heading', { name: 'Voies et délais de recours' }).waitFor();
    expect(await letter.textContent()).toContain(`au plus tard le ${contestBy}`);
    expect(await letter.textContent()).toContain('recours gracieux');

    // After a recours gracieux, Nadia grants it: the care end date of the file follows.
    // Demo ages are relative to today: the grant runs from Lina's 18th to her 20th birthday.
    const birthDate = (await api.call(lina, 'GET', '/api/youth/me')).body.birthDate as string;
    const birthday = (age: number) => `${Number(birthDate.slice(0, 4)) + age}${birthDate.slice(4)}`;
    const endsOn = birthday(20);
    const endsOnWords = new Date(`${endsOn}T12:00:00Z`).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
    await support.getByLabel('Accorder').check();
    await support.getByLabel('Début', { exact: true }).fill(birthday(18));
    await support.getByLabel('Fin', { exact: true }).fill(endsOn);
    await support.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await support.getByText('Accordée', { exact: true }).waitFor();
    await section(desk.page, 'Informations').getByText(endsOnWords).waitFor();
    expect((await api.call(lina, 'GET', '/api/youth/me')).body.careEndDate).toBe(endsOn);

    await phone.context.close();
    await desk.context.close();
  });
});
