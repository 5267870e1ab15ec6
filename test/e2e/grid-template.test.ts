import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP } from '../support/browser.js';
import { type E2e, section, startE2e } from '../support/e2e.js';
import type { Caller } from '../support/harness.js';

let e2e: E2e;
const nadia: Caller = { sub: 'admin-62-nadia', role: 'admin', departement: '62', name: 'Nadia Roussel' };

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => e2e?.close());

describe('the département’s grid, adapted and published by an admin', () => {
  it('lets Nadia reword, add and retire items, publish version 2, and see clearly that a publication lost to another admin published nothing', async () => {
    const { api } = e2e;
    const desk = await e2e.signIn(DESKTOP, 'Nadia Roussel');
    await desk.page.getByRole('heading', { level: 1, name: 'Mes jeunes' }).waitFor();
    await desk.page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Grille d’autonomie' }).click();
    await desk.page.getByRole('heading', { level: 1, name: 'Grille d’autonomie du département' }).waitFor();

    const health = section(desk.page, 'Santé');
    await health.getByRole('textbox', { name: 'Item (sante-rdv)' }).fill('Je sais prendre un rendez-vous chez le médecin ou le dentiste.');
    await health.getByRole('button', { name: 'Retirer l’item « Je sais choisir un médecin traitant. »' }).click();
    await health.getByLabel('Nouvel item : Santé').fill('Je sais où faire un dépistage gratuit.');
    await health.getByRole('button', { name: /^Ajouter l’item/ }).click();
    // Publishing waits for the draft to be saved: what is published is what was saved.
    expect(await desk.page.getByRole('button', { name: 'Publier la version 2' }).isDisabled()).toBe(true);
    await desk.page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await expect.poll(() => desk.page.getByRole('status').textContent()).toContain('Brouillon enregistré');
    await desk.page.getByRole('button', { name: 'Publier la version 2' }).click();
    await expect.poll(() => desk.page.getByRole('status').textContent()).toContain('Version 2 publiée');

    const published = (await api.call(nadia, 'GET', '/api/grids/template')).body;
    expect(published.version).toBe(2);
    const labels = published.items.map((item: { label: string }) => item.label);
    expect(labels).toContain('Je sais prendre un rendez-vous chez le médecin ou le dentiste.');
    expect(labels).toContain('Je sais où faire un dépistage gratuit.');
    expect(labels).not.toContain('Je sais choisir un médecin traitant.');
    // Version 1 is still there, unchanged, for the evaluations made with it.
    expect((await api.call(nadia, 'GET', '/api/grids/template?version=1')).body.items.map((item: { id: string }) => item.id)).toContain(
      'sante-traitant',
    );

    // Another admin publishes version 3 while Nadia's page still shows version 2 in force.
    await section(desk.page, 'Santé').getByRole('textbox', { name: 'Item (sante-urgence)' }).fill('Je connais le 15, le 112 et le 114.');
    await desk.page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await expect.poll(() => desk.page.getByRole('status').textContent()).toContain('Brouillon enregistré');
    expect((await api.call(nadia, 'POST', '/api/grids/template/publish', {})).status).toBe(201);
    await desk.page.getByRole('button', { name: 'Publier la version 3' }).click();
    await desk.page.getByRole('alert').getByText('Rien n’a été publié', { exact: false }).waitFor();
    expect((await api.call(nadia, 'GET', '/api/grids/template')).body.version).toBe(3);
    await desk.page.getByRole('button', { name: 'Recharger la dernière version' }).click();
    await desk.page.getByText('Version en vigueur : 3', { exact: false }).waitFor();
    await desk.context.close();
  });
});
