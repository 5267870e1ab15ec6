import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addYears, parisDate } from '../../shared/domain/calendar-date.js';
import { PHONE } from '../support/browser.js';
import { type E2e, reloadOnceKept, section, startE2e } from '../support/e2e.js';
import { newYouth, people } from '../support/people.js';

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => e2e?.close());

describe('the check-in of 19', () => {
  it('Camille, 19 ten days ago, finds it in « À faire maintenant », keeps her choices over a reload, and sends them with her consent', async () => {
    const camille = { sub: 'jeune-62-camille-e2e', role: 'jeune' as const, departement: '62', name: 'Camille Roy' };
    const created = await e2e.api.call(
      people.admin,
      'POST',
      '/api/youth',
      newYouth({
        accountSub: camille.sub,
        firstName: 'Camille',
        lastName: 'Roy',
        birthDate: addDays(addYears(parisDate(new Date()), -19), -10),
        careEndDate: null,
        referentId: 'ref-62-sophie',
        coordinateurId: 'coord-62-karim',
      }),
    );
    expect(created.status).toBe(201);
    // No demo login for her: her session is the one a sign-in would have kept.
    const token = await e2e.api.tokenFor(camille);
    const context = await e2e.browser.newContext(PHONE);
    await context.addInitScript((kept) => {
      if (!sessionStorage.getItem('envol.token')) sessionStorage.setItem('envol.token', kept);
    }, token);
    const page = await context.newPage();
    await page.goto(`${e2e.api.url}/#/moi`);

    const toDo = section(page, 'À faire maintenant');
    await toDo.getByText('Tu as eu 19 ans', { exact: false }).waitFor();
    await toDo.getByRole('link', { name: 'Répondre aux cinq questions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon questionnaire des 19 ans' }).waitFor();

    await page
      .getByRole('group', { name: 'Où dors-tu en ce moment ?' })
      .getByLabel('En foyer de jeunes travailleurs', { exact: false })
      .check();
    await page.getByRole('group', { name: 'Que fais-tu en ce moment ?' }).getByLabel('Je suis en formation').check();
    await reloadOnceKept(page);
    await page.getByRole('heading', { level: 1, name: 'Mon questionnaire des 19 ans' }).waitFor();
    await expect
      .poll(() => page.getByRole('group', { name: 'Que fais-tu en ce moment ?' }).getByLabel('Je suis en formation').isChecked())
      .toBe(true);

    // WCAG 2.1 A and AA, as test/e2e/accessibility.test.ts checks the menu's pages: no serious or critical violation.
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(
      axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((v) => v.id),
    ).toEqual([]);

    // Without consent nothing is sent.
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await page.getByText('Coche la case « Je suis d’accord »', { exact: false }).waitFor();

    await page
      .getByRole('group', { name: 'De quoi vis-tu en ce moment ?' })
      .getByLabel('D’une allocation ou d’une bourse', { exact: false })
      .check();
    await page.getByRole('group', { name: 'As-tu une couverture santé ?' }).getByLabel('La sécu, mais pas de mutuelle').check();
    await page.getByRole('group', { name: 'As-tu quelqu’un sur qui compter si ça ne va pas ?' }).getByLabel('Oui').check();
    await page.getByLabel('Je suis d’accord pour que mes réponses soient comptées', { exact: false }).check();
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await page.locator('.notice--success', { hasText: 'Merci, tes réponses sont envoyées.' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Answered: « Mon dossier » no longer asks.
    await page.getByRole('link', { name: 'Retour à mon dossier' }).click();
    await toDo.waitFor();
    await expect.poll(() => toDo.getByText('Tu as eu 19 ans', { exact: false }).count()).toBe(0);
    const state = await e2e.api.call(camille, 'GET', '/api/dashboard/check-in');
    expect(state.body.done).toEqual([{ age: 19, status: 'answered', on: parisDate(new Date()) }]);
    await context.close();
  });
});
