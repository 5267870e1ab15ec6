import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from '../support/browser.js';
import { type E2e, menuLink, reloadOnceKept, section, startE2e } from '../support/e2e.js';
import type { Caller } from '../support/harness.js';

let e2e: E2e;

const lina: Caller = { sub: 'jeune-62-lina', role: 'jeune', departement: '62', name: 'Lina Martin' };

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => e2e?.close());

const BUDGET = 'Je sais ce que je dépense chaque mois.';
const LEASE = 'Je sais ce qu’est un bail et un état des lieux.';
const DOCTOR = 'Je sais prendre un rendez-vous chez le médecin.';

describe('the autonomy grid, from the phone to the projet d’autonomie', () => {
  it('lets Lina fill hers on a 360 px phone, Karim fill his, both compare, and Karim turn a proposal into a plan action', async () => {
    const { api } = e2e;
    const linaId = (await api.call(lina, 'GET', '/api/youth/me')).body.id as string;
    const storedLevels = async () => (await api.call(lina, 'GET', `/api/grids/${linaId}/self-assessment`)).body.levels;

    // Lina, on her phone: each answer is saved as she goes, then she sends the grid.
    const phone = await e2e.signIn(PHONE, 'Lina Martin');
    await phone.page.getByRole('heading', { level: 1, name: 'Mon dossier' }).waitFor();
    await (await menuLink(phone.page, 'Ma grille d’autonomie')).click();
    await phone.page.getByRole('heading', { level: 1, name: 'Ma grille d’autonomie' }).waitFor();
    await phone.page.getByRole('group', { name: BUDGET }).getByLabel('Je peux l’expliquer à quelqu’un', { exact: true }).check();
    await phone.page.getByRole('group', { name: LEASE }).getByLabel('Pas encore eu l’occasion', { exact: true }).check();
    await phone.page.getByRole('group', { name: DOCTOR }).getByLabel('Je sais faire seul·e', { exact: true }).check();
    // A reload right after a tap loses nothing: the answer was kept on the phone first.
    await reloadOnceKept(phone.page);
    await expect
      .poll(() => phone.page.getByRole('group', { name: DOCTOR }).getByLabel('Je sais faire seul·e', { exact: true }).isChecked(), {
        timeout: 15_000,
      })
      .toBe(true);
    await expect.poll(storedLevels, { timeout: 10_000 }).toEqual({ 'res-depenses': 4, 'log-bail': 'pas_encore', 'sante-rdv': 3 });
    // Nothing wider than the phone: no sideways scrolling.
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Staff cannot read it yet.
    const karim: Caller = { sub: 'coord-62-karim', role: 'coordinateur', departement: '62', name: 'Karim Haddad' };
    expect((await api.call(karim, 'GET', `/api/grids/${linaId}/evaluations`)).body.items).toEqual([]);
    // Sending is one way: the page asks first, says how much is answered, then says it is sent.
    await phone.page.getByRole('button', { name: 'Envoyer ma grille à mon binôme' }).click();
    await phone.page.getByRole('heading', { name: /Tu as répondu à 3 questions sur \d+\. Envoyer quand même/ }).waitFor();
    await phone.page.getByRole('button', { name: 'Oui, envoyer ma grille' }).click();
    await phone.page.getByRole('heading', { name: 'Ma grille est envoyée' }).waitFor();
    await phone.page.getByText('Ta grille est envoyée à ton binôme le', { exact: false }).waitFor();
    expect(await phone.page.getByRole('button', { name: 'Envoyer ma grille à mon binôme' }).count()).toBe(0);

    // Karim, at his desk: his own view, then the comparison and the proposals.
    const desk = await e2e.signIn(DESKTOP, 'Karim Haddad');
    await desk.page.getByRole('heading', { level: 1, name: 'Mes jeunes' }).waitFor();
    await desk.page.goto(`${api.url}/#/jeunes/${linaId}/grille`);
    await desk.page.getByRole('heading', { level: 1, name: 'Grille d’autonomie' }).waitFor();
    const form = section(desk.page, 'Diagnostic partagé du binôme');
    await form.getByRole('group', { name: BUDGET }).getByLabel('Je ne sais pas faire', { exact: true }).check();
    await form.getByRole('group', { name: DOCTOR }).getByLabel('Je sais faire seul·e', { exact: true }).check();
    await form.getByRole('button', { name: 'Enregistrer le diagnostic' }).click();
    const sideBySide = section(desk.page, 'Côte à côte');
    await sideBySide.getByText('Écart de 3 niveaux', { exact: false }).waitFor();
    const proposals = section(desk.page, 'Propositions pour le projet d’autonomie');
    await proposals.getByText('Progresser sur : « Je sais ce que je dépense chaque mois »').waitFor();
    await proposals
      .getByRole('button', { name: /Ajouter au projet/ })
      .first()
      .click();
    await proposals.getByText('Ajoutée au projet d’autonomie.').waitFor();

    // The entretien page shows the same latest pair and the proposal's outcome, beside the plan it fed.
    await desk.page.goto(`${api.url}/#/jeunes/${linaId}/entretien`);
    const latestPair = section(desk.page, 'Grille d’autonomie : dernière paire d’évaluations');
    await latestPair.getByText('Écart de 3 niveaux', { exact: false }).waitFor();
    await latestPair.getByText('Ajoutée au projet d’autonomie.').waitFor();
    await section(desk.page, 'Projet d’autonomie').getByText('Progresser sur : « Je sais ce que je dépense chaque mois »').waitFor();

    // The action starts Lina's plan, as a draft: the other needs are still to be written before she is asked to sign.
    const plan = (await api.call(lina, 'GET', `/api/interviews/${linaId}/plan`)).body;
    expect(plan.status).toBe('brouillon');
    expect(JSON.stringify(plan.goals)).toContain('Progresser sur : « Je sais ce que je dépense chaque mois »');

    // Lina sees both views, in words for her, and the two statements about scores.
    await phone.page.reload();
    await phone.page.getByRole('heading', { name: 'Mon regard et celui de mon binôme' }).waitFor();
    await phone.page.getByText('Vous ne voyez pas cela de la même façon', { exact: false }).first().waitFor();
    await phone.page.getByText('Un score ne décide jamais si ton accompagnement continue après 18 ans.').waitFor();
    expect(await phone.page.getByRole('img', { name: 'Budget et ressources' }).count()).toBe(1);
    expect(await phone.page.getByRole('table').count()).toBe(1);

    await phone.context.close();
    await desk.context.close();
  });
});
