import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from '../support/browser.js';
import { type E2e, menuLink, section, startE2e } from '../support/e2e.js';
import type { Caller, Harness } from '../support/harness.js';

let api: Harness;
let e2e: E2e;

const lina: Caller = { sub: 'jeune-62-lina', role: 'jeune', departement: '62', name: 'Lina Martin' };
const sophie: Caller = { sub: 'ref-62-sophie', role: 'referent', departement: '62', name: 'Sophie Lefebvre' };

beforeAll(async () => {
  e2e = await startE2e();
  api = e2e.api;
});

afterAll(() => e2e?.close());

const signIn: E2e['signIn'] = (options, accountName) => e2e.signIn(options, accountName);

/** A calendar date a few days ago, so that « held on » is never in the future whatever the time zone. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

const HOUSING = 'Où habites-tu aujourd’hui, et comment ça se passe ?';
const TRAINING = 'Quel métier ou quelle formation t’intéresse ?';
const BANK = 'As-tu un compte bancaire à ton nom ?';

describe('the entretien des 17 ans, from the preparation to a signed projet d’autonomie', () => {
  it('lets Lina prepare on her phone, Sophie record the interview and the plan, and Lina sign it', async () => {
    const linaId = (await api.call(lina, 'GET', '/api/youth/me')).body.id as string;
    const storedAnswers = async () => (await api.call(lina, 'GET', `/api/interviews/${linaId}/preparation`)).body.answers ?? {};

    // Lina answers three questions on her phone; each answer is saved as she goes.
    const phone = await signIn(PHONE, 'Lina Martin');
    await phone.page.getByRole('heading', { level: 1, name: 'Mon dossier' }).waitFor();
    await (await menuLink(phone.page, 'Mon entretien et mon projet')).click();
    await phone.page.getByRole('heading', { level: 1, name: 'Mon entretien et mon projet' }).waitFor();
    await phone.page.getByRole('heading', { name: 'Mon rendez-vous' }).waitFor();
    expect(await phone.page.getByText('La date de ton entretien n’est pas encore fixée.').isVisible()).toBe(true);

    // The first save fails (the network drops): the text is kept on the phone, and a retry saves it.
    const answersRoute = '**/api/interviews/*/preparation/answers';
    await phone.page.route(answersRoute, (route) => route.abort('internetdisconnected'));
    const housing = phone.page.getByLabel(HOUSING);
    await housing.fill('En famille d’accueil à Arras, ça se passe bien.');
    await housing.blur();
    const kept = phone.page.getByRole('status').filter({ hasText: 'Pas de connexion' });
    await kept.getByText('Enregistré sur ce téléphone, sera envoyé dès que possible.').waitFor();
    expect(await housing.inputValue()).toBe('En famille d’accueil à Arras, ça se passe bien.');
    await phone.page.unroute(answersRoute);
    await kept.getByRole('button', { name: 'Réessayer d’enregistrer' }).click();
    await expect.poll(() => phone.page.getByRole('status').textContent(), { timeout: 10_000 }).toContain('Enregistré');
    expect(await phone.page.getByRole('alert').count()).toBe(0);
    await phone.page.getByRole('group', { name: BANK }).getByLabel('Oui', { exact: true }).check();
    const training = phone.page.getByLabel(TRAINING);
    await training.fill('Un CAP cuisine, en apprentissage.');
    await training.blur();
    await expect.poll(storedAnswers, { timeout: 10_000 }).toEqual({
      'logement-actuel': 'En famille d’accueil à Arras, ça se passe bien.',
      'compte-bancaire': 'Oui',
      'projet-pro': 'Un CAP cuisine, en apprentissage.',
    });
    // The page fits a 360 px screen without horizontal scrolling.
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Coming back later shows the saved answers.
    await phone.page.reload();
    await phone.page.getByRole('heading', { level: 1, name: 'Mon entretien et mon projet' }).waitFor();
    await phone.page.getByLabel(HOUSING).waitFor();
    expect(await phone.page.getByLabel(HOUSING).inputValue()).toBe('En famille d’accueil à Arras, ça se passe bien.');
    expect(await phone.page.getByLabel(TRAINING).inputValue()).toBe('Un CAP cuisine, en apprentissage.');
    expect(await phone.page.getByRole('group', { name: BANK }).getByLabel('Oui', { exact: true }).isChecked()).toBe(true);

    // She shares them with her binôme, after a confirmation.
    expect((await api.call(sophie, 'GET', `/api/interviews/${linaId}/preparation`)).body.answers).toBeNull();
    await phone.page.getByRole('button', { name: 'Partager avec mon binôme' }).click();
    await phone.page.getByRole('button', { name: 'Oui, partager' }).click();
    await phone.page.getByText('Partagé le', { exact: false }).waitFor();
    expect(await section(phone.page, 'Mon projet').getByText('Ton projet d’autonomie n’est pas encore écrit.').isVisible()).toBe(true);

    // Sophie, her referent, opens the interview page from Lina's file and reads the answers.
    const desk = await signIn(DESKTOP, 'Sophie Lefebvre');
    await desk.page.getByRole('heading', { level: 1, name: 'Mes jeunes' }).waitFor();
    await desk.page.getByRole('link', { name: 'Lina Martin' }).click();
    await desk.page.getByRole('heading', { level: 1, name: 'Lina Martin' }).waitFor();
    await desk.page.getByRole('link', { name: 'Ouvrir l’entretien pour l’autonomie et le projet d’autonomie' }).click();
    await desk.page.getByRole('heading', { level: 1, name: 'Entretien pour l’autonomie (entretien des 17 ans) – Lina Martin' }).waitFor();
    const preparation = section(desk.page, 'Préparation du jeune');
    await preparation.getByText('En famille d’accueil à Arras, ça se passe bien.').waitFor();
    expect(await preparation.getByText('Un CAP cuisine, en apprentissage.').isVisible()).toBe(true);
    expect(await section(desk.page, 'Échéances').getByText('à planifier').first().isVisible()).toBe(true);

    // She records the interview: held a few days ago, with a summary.
    const heldOn = daysAgo(2);
    await desk.page.getByRole('button', { name: 'Nouveau compte rendu d’entretien' }).click();
    await desk.page.getByLabel('Date de réalisation').fill(heldOn);
    await desk.page.getByRole('button', { name: 'Ajouter un participant' }).click();
    await desk.page.getByLabel('Qui est-ce ?').selectOption({ label: 'Le jeune' });
    await desk.page.getByLabel('Nom', { exact: true }).fill('Lina Martin');
    // She tells Lina about the CEJ; Lina will think about it.
    await desk.page.getByLabel('Contrat d’engagement jeune (CEJ), systématiquement proposé').check();
    await desk.page.getByLabel(/^Réponse du jeune/).selectOption({ label: 'réfléchit' });
    await desk.page.getByLabel('Synthèse').fill('Lina veut un CAP cuisine et un logement en FJT à la fin de sa prise en charge.');
    await desk.page.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    const records = section(desk.page, 'Comptes rendus d’entretien');
    await records.getByText('Lina veut un CAP cuisine', { exact: false }).waitFor();
    await section(desk.page, 'Échéances').getByText('réalisé', { exact: true }).waitFor();

    // Then the projet d'autonomie, need by need: a housing goal with its plan B and one action.
    const planSection = section(desk.page, 'Projet d’autonomie');
    await planSection.getByRole('button', { name: 'Rédiger le projet' }).click();
    const need = (name: string) => planSection.getByRole('group', { name, exact: true });
    await need('Logement ou hébergement').getByRole('button', { name: 'Ajouter un objectif : logement ou hébergement' }).click();
    const goal = planSection.getByRole('group', { name: 'Objectif 1', exact: true });
    await goal.getByLabel('Objectif', { exact: true }).fill('Entrer en foyer de jeunes travailleurs à Arras');
    await goal.getByLabel('Plan B').fill('Rester chez l’assistante familiale avec un accompagnement jeune majeur');
    const action = goal.getByRole('group', { name: 'Action 1 de l’objectif 1' });
    await action.getByLabel('Action', { exact: true }).fill('Déposer le dossier au FJT');
    await action.getByLabel('Qui s’en charge').selectOption('jeune');
    await action.getByLabel('Échéance').fill('2027-01-15');

    // Five needs are still empty: it cannot be proposed yet, and each empty need says so; it is kept as a draft.
    await planSection.getByRole('button', { name: 'Enregistrer et proposer au jeune' }).click();
    await need('Soins').getByText('Ajoutez un objectif, ou cochez « pas de besoin » avec la raison.', { exact: false }).waitFor();
    expect(await need('Ressources').getByText('Ajoutez un objectif', { exact: false }).isVisible()).toBe(true);
    expect(await need('Logement ou hébergement').getByText('Ajoutez un objectif', { exact: false }).count()).toBe(0);
    await planSection.getByRole('button', { name: 'Enregistrer en brouillon' }).click();
    await planSection.getByText('Brouillon enregistré le', { exact: false }).waitFor();
    expect((await api.call(sophie, 'GET', `/api/interviews/${linaId}/plan`)).body.status).toBe('brouillon');

    // She completes it: « pas de besoin », with the reason, for the five others; then proposes it.
    await planSection.getByRole('button', { name: 'Modifier le projet' }).click();
    const reasons: [string, string][] = [
      ['Ressources', 'Argent de poche versé sur son compte'],
      ['Emploi, formation ou scolarité', 'En CAP cuisine jusqu’en juin 2027'],
      ['Soins', 'Carte Vitale, CSS et médecin traitant à jour'],
      ['Démarches administratives et accès aux droits', 'Carte d’identité valable'],
      ['Accompagnement socio-éducatif, affectif, culturel et social', 'Suivie par son assistante familiale'],
    ];
    for (const [name, reason] of reasons) {
      await need(name).getByLabel('Pas de besoin', { exact: true }).check();
      await need(name)
        .getByLabel(/^Pourquoi pas de besoin/)
        .fill(reason);
    }
    await planSection.getByRole('button', { name: 'Enregistrer et proposer au jeune' }).click();
    await planSection.getByText('Proposé au jeune le', { exact: false }).waitFor();

    // Lina reads the plan on her phone and agrees to it.
    await phone.page.reload();
    const myPlan = section(phone.page, 'Mon projet');
    await myPlan.getByText('Entrer en foyer de jeunes travailleurs à Arras').waitFor();
    expect(await myPlan.getByText('Rester chez l’assistante familiale', { exact: false }).isVisible()).toBe(true);
    expect(await myPlan.getByText('Déposer le dossier au FJT').isVisible()).toBe(true);
    expect(await myPlan.getByText('15 janvier 2027').isVisible()).toBe(true);
    expect(await myPlan.getByText('Qui : Moi').isVisible()).toBe(true);
    expect(await phone.page.getByText('Ton entretien a eu lieu le', { exact: false }).isVisible()).toBe(true);
    await myPlan.getByRole('button', { name: 'Demander une modification' }).click();
    await myPlan.getByRole('button', { name: 'Annuler' }).click();
    await myPlan.getByRole('button', { name: 'Je suis d’accord' }).click();
    // Signing asks to confirm, as sharing and voting do.
    await myPlan.getByRole('button', { name: 'Oui, je signe mon projet' }).click();
    await myPlan.getByText('Signé le', { exact: false }).waitFor();
    expect(await myPlan.getByRole('button', { name: 'Je suis d’accord' }).count()).toBe(0);

    // « Mes droits » says, in her words, which rights were explained to her and when.
    await (await menuLink(phone.page, 'Mes droits')).click();
    await phone.page.getByRole('heading', { level: 1, name: 'Mes droits' }).waitFor();
    const cej = phone.page
      .getByRole('listitem')
      .filter({ has: phone.page.getByRole('heading', { name: 'Le contrat d’engagement jeune (CEJ)' }) });
    await cej.getByText('Expliqué le', { exact: false }).waitFor();
    expect(await cej.getByText('Tu as dit que tu réfléchis', { exact: false }).isVisible()).toBe(true);
    const socialHousing = phone.page
      .getByRole('listitem')
      .filter({ has: phone.page.getByRole('heading', { name: 'Un logement social en priorité' }) });
    expect(await socialHousing.getByText('Pas encore expliqué.').isVisible()).toBe(true);
    await phone.context.close();

    // Sophie sees it signed; the stored plan says so too.
    await desk.page.reload();
    await section(desk.page, 'Projet d’autonomie').getByText('Signé le', { exact: false }).waitFor();
    const stored = await api.call(sophie, 'GET', `/api/interviews/${linaId}/plan`);
    expect(stored.status).toBe(200);
    expect(stored.body.status).toBe('signe');
    expect(stored.body.goals[0].planB).toBe('Rester chez l’assistante familiale avec un accompagnement jeune majeur');

    // Every version is kept: proposed by Sophie, then signed by Lina.
    await desk.page.getByRole('button', { name: 'Voir l’historique des versions' }).click();
    const history = section(desk.page, 'Historique des versions');
    await history.getByText('Signée par le jeune', { exact: false }).waitFor();
    expect(await history.getByText('Enregistrée et proposée au jeune par Sophie Lefebvre', { exact: false }).count()).toBe(1);
    expect(await history.getByText('Enregistrée en brouillon par Sophie Lefebvre', { exact: false }).count()).toBe(1);

    // The print view shows the document, without the site's header, once printed: the six needs and two signatures.
    await desk.page.getByRole('link', { name: 'Version imprimable du projet' }).click();
    await desk.page.getByRole('heading', { level: 1, name: 'Projet d’accès à l’autonomie' }).waitFor();
    await desk.page.getByText('Signé par le jeune le', { exact: false }).waitFor();
    for (const name of ['Ressources', 'Logement ou hébergement', 'Emploi, formation ou scolarité', 'Soins']) {
      expect(await desk.page.getByRole('heading', { name, exact: true }).isVisible()).toBe(true);
    }
    expect(await desk.page.getByText('Carte Vitale, CSS et médecin traitant à jour').isVisible()).toBe(true);
    const signatures = desk.page.getByRole('region', { name: 'Signatures' });
    expect(await signatures.getByText('Lina Martin', { exact: true }).isVisible()).toBe(true);
    // Sophie prints it: her name is on the Département's line.
    expect(await signatures.getByText('Sophie Lefebvre', { exact: true }).isVisible()).toBe(true);
    expect(await signatures.getByText('Pour le Département', { exact: false }).isVisible()).toBe(true);
    expect(await desk.page.getByRole('button', { name: 'Imprimer' }).isVisible()).toBe(true);
    await desk.page.emulateMedia({ media: 'print' });
    expect(await desk.page.getByRole('navigation', { name: 'Menu principal' }).isVisible()).toBe(false);
    expect(await desk.page.getByRole('cell', { name: 'Déposer le dossier au FJT' }).isVisible()).toBe(true);
    await desk.context.close();
  });
});

describe('an interview record saved by two people at once', () => {
  it('keeps the referent’s edit and the coordinateur’s, without overwriting either', async () => {
    const karim: Caller = { sub: 'coord-62-karim', role: 'coordinateur', departement: '62', name: 'Karim Haddad' };
    const yanis = (await api.call(sophie, 'GET', '/api/youth')).body.items.find(
      (item: { firstName: string }) => item.firstName === 'Yanis',
    ) as { id: string };
    const created = await api.call(sophie, 'POST', `/api/interviews/${yanis.id}/interviews`, {
      kind: 'entretien17',
      summary: 'À compléter.',
    });
    expect(created.status).toBe(201);

    const desk = await signIn(DESKTOP, 'Sophie Lefebvre');
    await desk.page.getByRole('heading', { level: 1, name: 'Mes jeunes' }).waitFor();
    await desk.page.goto(`${api.url}/#/jeunes/${yanis.id}/entretien`);
    const records = section(desk.page, 'Comptes rendus d’entretien');
    await records.getByRole('button', { name: 'Modifier le compte rendu' }).click();
    await desk.page.getByLabel('Synthèse').fill('Yanis a trouvé un apprentissage.');

    // Meanwhile, the coordinateur sets the date.
    const patched = await api.call(karim, 'PATCH', `/api/interviews/${yanis.id}/interviews/${created.body.id}`, {
      version: 1,
      scheduledOn: '2026-12-15',
    });
    expect(patched.status).toBe(200);

    await desk.page.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    await desk.page.getByRole('alert').getByText('Ce compte rendu a été modifié entre-temps.', { exact: false }).waitFor();
    await desk.page.getByRole('button', { name: 'Recharger la dernière version' }).click();
    await desk.page.getByText('Dernière version chargée', { exact: false }).waitFor();
    expect(await desk.page.getByLabel('Synthèse').inputValue()).toBe('Yanis a trouvé un apprentissage.');
    expect(await desk.page.getByLabel('Date prévue').inputValue()).toBe('2026-12-15');
    await desk.page.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    await records.getByText('Yanis a trouvé un apprentissage.').waitFor();

    const stored = await api.call(sophie, 'GET', `/api/interviews/${yanis.id}/interviews/${created.body.id}`);
    expect(stored.body).toMatchObject({ version: 3, summary: 'Yanis a trouvé un apprentissage.', scheduledOn: '2026-12-15' });
    await desk.context.close();
  });
});
