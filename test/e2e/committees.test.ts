import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../shared/domain/consultation.js';
import { requestCredential, vote as voteTwoSteps } from '../support/ballot.js';
import { DESKTOP, PHONE } from '../support/browser.js';
import { type E2e, menuLink, section, startE2e } from '../support/e2e.js';
import type { Caller, Harness } from '../support/harness.js';

let api: Harness;
let e2e: E2e;

const nadia: Caller = { sub: 'admin-62-nadia', role: 'admin', departement: '62', name: 'Nadia Roussel' };
const claire: Caller = { sub: 'orga-62-claire', role: 'organisateur', departement: '62', name: 'Claire Petit' };
const lina: Caller = { sub: 'jeune-62-lina', role: 'jeune', departement: '62', name: 'Lina Martin' };
const yanis: Caller = { sub: 'jeune-62-yanis', role: 'jeune', departement: '62', name: 'Yanis Benali' };

/** Three more young people of the département, with their own accounts, created by the admin. */
const others: Caller[] = [1, 2, 3].map((index) => ({ sub: `jeune-62-comite-${index}`, role: 'jeune', departement: '62' }));

const TRANSPORT = 'Comment venir aux réunions ?';
const TOPICS = 'Quels sujets aborder en premier ?';
const QUESTIONS = [
  {
    id: 'transport',
    label: TRANSPORT,
    kind: 'single',
    options: [
      { id: 'velo', label: 'À vélo' },
      { id: 'bus', label: 'En bus' },
      { id: 'covoiturage', label: 'En covoiturage' },
    ],
  },
  {
    id: 'sujets',
    label: TOPICS,
    kind: 'multiple',
    options: [
      { id: 'logement', label: 'Le logement' },
      { id: 'argent', label: 'L’argent de poche' },
      { id: 'sante', label: 'La santé' },
    ],
  },
];

let committeeId: string;
let memberIds: Record<string, string>;

beforeAll(async () => {
  e2e = await startE2e();
  api = e2e.api;

  // The admin opens the files of three more young people.
  for (const [index, caller] of others.entries()) {
    const created = await api.call(nadia, 'POST', '/api/youth', {
      firstName: ['Inès', 'Noah', 'Jade'][index],
      lastName: 'Comité',
      birthDate: `2008-0${index + 4}-15`,
      accountSub: caller.sub,
      referentId: 'ref-62-thomas',
      coordinateurId: 'coord-62-karim',
    });
    expect(created.status).toBe(201);
  }
  const youth = (await api.call(nadia, 'GET', '/api/youth')).body.items as { id: string; firstName: string }[];
  memberIds = Object.fromEntries(youth.map((item) => [item.firstName, item.id]));

  // Claire Petit creates the committee she organises and adds five members.
  const committee = await api.call(claire, 'POST', '/api/committees', { kind: 'CTJ', name: 'CTJ de l’Arrageois', territory: 'Arrageois' });
  expect(committee.status).toBe(201);
  committeeId = committee.body.id;
  for (const firstName of ['Lina', 'Yanis', 'Inès', 'Noah', 'Jade']) {
    const added = await api.call(claire, 'POST', `/api/committees/${committeeId}/members`, { youthId: memberIds[firstName] });
    expect(added.status).toBe(201);
  }
});

afterAll(() => e2e?.close());

const signIn: E2e['signIn'] = (options, accountName) => e2e.signIn(options, accountName);

/** The text of the result row of `option`, line breaks of the markup folded (the narrow no-break spaces kept). */
async function resultRow(page: Page, option: string): Promise<string> {
  const text = await page.locator('.result', { hasText: option }).first().textContent();
  return (text ?? '').replace(/[ \n\t]+/g, ' ').trim();
}

async function openConsultation(title: string, minBallots = 5) {
  const response = await api.call(claire, 'POST', `/api/committees/${committeeId}/consultations`, {
    title,
    questions: QUESTIONS,
    opensAt: new Date(Date.now() - 60_000).toISOString(),
    closesAt: new Date(Date.now() + 3_600_000).toISOString(),
    minBallots,
  });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

async function vote(caller: Caller, consultationId: string, body: { answers: Answers; feedback?: string }) {
  const { answers, ...options } = body;
  const response = await voteTwoSteps(api, caller, `/api/committees/${committeeId}/consultations/${consultationId}`, answers, options);
  expect(response.status).toBe(201);
}

describe('a committee consultation, from the secret ballot to the published results', () => {
  it('lets Lina vote on her phone, Claire close and publish, and Lina read the results and what was done', async () => {
    const title = 'Les réunions du comité';
    const consultationId = await openConsultation(title);
    const path = `/api/committees/${committeeId}/consultations/${consultationId}`;
    // Four other members have voted, each with their own account.
    await vote(yanis, consultationId, { answers: { transport: 'bus', sujets: ['logement'] } });
    await vote(others[0] as Caller, consultationId, { answers: { transport: 'bus', sujets: ['logement', 'argent'] } });
    await vote(others[1] as Caller, consultationId, { answers: { transport: 'velo', sujets: ['sante'] } });
    await vote(others[2] as Caller, consultationId, { answers: { transport: 'bus' }, feedback: 'Des réunions le samedi, svp.' });

    // Lina opens « Mes comités » on her phone.
    const phone = await signIn(PHONE, 'Lina Martin');
    await phone.page.getByRole('heading', { level: 1, name: 'Mon dossier' }).waitFor();
    await (await menuLink(phone.page, 'Mes comités')).click();
    await phone.page.getByRole('heading', { level: 1, name: 'Mes comités' }).waitFor();
    await phone.page.getByRole('heading', { name: 'CTJ de l’Arrageois' }).waitFor();
    await phone.page.getByRole('link', { name: 'Voter' }).click();
    await phone.page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await phone.page.getByText('Ton vote est secret.').isVisible()).toBe(true);
    expect(await phone.page.getByText('Tu votes une seule fois.').isVisible()).toBe(true);

    // She answers: one choice, then two; and leaves a feedback under the visible warning.
    await phone.page.getByRole('group', { name: TRANSPORT }).getByLabel('En bus').check();
    const topics = phone.page.getByRole('group', { name: TOPICS });
    await topics.getByLabel('Le logement').check();
    await topics.getByLabel('La santé').check();
    expect(
      await phone.page.getByText('Ton avis est anonyme, mais évite d’écrire ce qui permettrait de te reconnaître').first().isVisible(),
    ).toBe(true);
    await phone.page.getByLabel('Un avis à ajouter à ton vote').fill('Plus de réunions en visio.');
    await phone.page.getByRole('button', { name: 'Vérifier mon vote' }).click();

    // The summary before confirming.
    const summary = section(phone.page, 'Vérifie ton vote');
    await summary.waitFor();
    expect(await summary.getByText('En bus').isVisible()).toBe(true);
    expect(await summary.getByText('Le logement, La santé').isVisible()).toBe(true);
    expect(await summary.getByText('Plus de réunions en visio.').isVisible()).toBe(true);

    // The ballot reaches the server but the answer is lost on the way back (the phone goes
    // offline). It leaves with no identity at all, after a short random wait.
    const ballots = '**/ballots';
    const sent: Record<string, string>[] = [];
    await phone.page.route(ballots, async (route) => {
      sent.push(route.request().headers());
      await route.fetch();
      await route.abort('internetdisconnected');
    });
    await phone.page.getByRole('button', { name: 'Confirmer mon vote' }).click();
    await phone.page.getByRole('button', { name: 'Envoi de ton vote…' }).waitFor();
    await phone.page.getByRole('alert').getByText('Pas de connexion', { exact: false }).waitFor({ timeout: 15_000 });
    expect(sent).toHaveLength(1);
    expect(sent[0]).not.toHaveProperty('authorization');
    expect(sent[0]).not.toHaveProperty('cookie');
    expect((await api.call(lina, 'GET', path)).body).toMatchObject({ hasVoted: true, ballots: 5 });
    // The answers can no longer be changed: the first ballot may be the one that counts.
    expect(await phone.page.getByRole('button', { name: 'Modifier mes réponses' }).count()).toBe(0);

    // She comes back later: the vote kept on her phone is sent again by itself, and counted once.
    await phone.page.unroute(ballots);
    await phone.page.reload();
    await phone.page.getByText('Tu as voté.').waitFor({ timeout: 15_000 });
    await expect.poll(() => phone.page.getByRole('status').textContent()).toContain('Ton vote est bien enregistré');
    expect((await api.call(lina, 'GET', path)).body.ballots).toBe(5);
    expect(await phone.page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('envol.ballot.')))).toEqual([]);
    expect(await phone.page.getByRole('button', { name: 'Confirmer mon vote' }).count()).toBe(0);
    expect(await phone.page.getByRole('button', { name: 'Vérifier mon vote' }).count()).toBe(0);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Coming back: « Tu as voté », and no way to vote again.
    await phone.page.getByRole('link', { name: 'Retour à mes comités' }).click();
    await phone.page.getByRole('heading', { level: 1, name: 'Mes comités' }).waitFor();
    await phone.page.getByText('Tu as voté.').waitFor();
    expect(await phone.page.getByRole('link', { name: 'Voter' }).count()).toBe(0);
    // One member, one credential: the server gives no second one.
    const again = await requestCredential(api, lina, path);
    expect(again.response.status).toBe(409);
    expect(again.response.body.error.code).toBe('ALREADY_VOTED');

    // Claire, on her computer, follows the participation: a count only.
    const desk = await signIn(DESKTOP, 'Claire Petit');
    await desk.page.getByRole('heading', { level: 1, name: 'Comités' }).waitFor();
    await desk.page.getByRole('link', { name: 'CTJ de l’Arrageois' }).click();
    await desk.page.getByRole('heading', { level: 1, name: 'CTJ de l’Arrageois' }).waitFor();
    await section(desk.page, 'Membres (5)').getByText('Lina Martin').waitFor();
    // Finding a young person to add: by the start of the last name, accents ignored.
    await desk.page.getByLabel('Nom de famille du jeune').fill('lefe');
    await desk.page.getByRole('button', { name: 'Chercher' }).click();
    await desk.page.getByRole('button', { name: 'Ajouter Emma Lefèvre' }).waitFor();
    // Members are left out of the search: Lina Martin is not offered again.
    await desk.page.getByLabel('Nom de famille du jeune').fill('mart');
    await desk.page.getByRole('button', { name: 'Chercher' }).click();
    await expect.poll(() => desk.page.getByRole('list', { name: 'Jeunes trouvés' }).textContent()).not.toContain('Lefèvre');
    expect(await desk.page.getByRole('list', { name: 'Jeunes trouvés' }).getByText('Lina Martin').count()).toBe(0);
    await desk.page.getByText('5 participations sur 5 membres', { exact: false }).waitFor();
    await desk.page.getByRole('link', { name: title }).click();
    await desk.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await section(desk.page, 'Participation').getByText('5 participations', { exact: false }).waitFor();
    // Sealed while open: no count of any option.
    expect(await desk.page.locator('.result').count()).toBe(0);

    // She closes the vote, after a confirmation, then reads the results.
    await desk.page.getByRole('button', { name: 'Clore maintenant' }).click();
    await desk.page.getByRole('button', { name: 'Oui, clore maintenant' }).click();
    await section(desk.page, 'Résultats').getByText(TRANSPORT).waitFor();
    expect(await resultRow(desk.page, 'En bus')).toBe('En bus : 4 votes (80 %)');
    expect(await resultRow(desk.page, 'À vélo')).toBe('À vélo : 1 vote (20 %)');
    expect(await resultRow(desk.page, 'En covoiturage')).toBe('En covoiturage : 0 vote (0 %)');
    expect(await resultRow(desk.page, 'Le logement')).toBe('Le logement : 3 votes (60 %)');
    expect(await resultRow(desk.page, 'La santé')).toBe('La santé : 2 votes (40 %)');
    const feedback = section(desk.page, 'Avis libres');
    expect(await feedback.getByText('Plus de réunions en visio.').isVisible()).toBe(true);
    expect(await feedback.getByText('Des réunions le samedi, svp.').isVisible()).toBe(true);

    // She publishes them, then says what was done about transport.
    await desk.page.getByRole('button', { name: 'Publier les résultats' }).click();
    const followUps = section(desk.page, 'Ce qui a été fait');
    await followUps.waitFor();
    expect((await api.call(claire, 'GET', path)).body.status).toBe('publiee');
    const transport = followUps.locator('article', { has: desk.page.getByRole('heading', { name: TRANSPORT }) });
    await transport.getByLabel('Statut').selectOption('en_cours');
    await transport.getByLabel('Ce qui a été fait ou décidé').fill('Des tickets de bus sont remboursés pour chaque réunion.');
    // She gives members three days to say whether it answers their question.
    const answersUntil = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
    const localValue = await desk.page.evaluate((iso) => {
      const date = new Date(iso);
      const pad = (value: number) => String(value).padStart(2, '0');
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T18:00`;
    }, answersUntil.toISOString());
    await transport.getByLabel('Les membres peuvent dire si cela répond à leur question jusqu’au').fill(localValue);
    await transport.getByRole('button', { name: 'Enregistrer la suite' }).click();
    await transport.getByRole('button', { name: 'Modifier la suite' }).waitFor();
    const expectedClose = await desk.page.evaluate((value) => new Date(value).toISOString(), localValue);
    expect((await api.call(claire, 'GET', path)).body.followUps[0].answersCloseAt).toBe(expectedClose);
    expect(await transport.getByText('En cours', { exact: true }).isVisible()).toBe(true);

    // Lina reads the published results, with the counts in words, and what was done.
    await phone.page.reload();
    await phone.page.getByRole('heading', { level: 1, name: 'Mes comités' }).waitFor();
    await phone.page.getByRole('link', { name: 'Voir les résultats et ce qui a été fait' }).click();
    await phone.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await section(phone.page, 'Résultats').getByText(TOPICS).waitFor();
    expect(await resultRow(phone.page, 'En bus')).toBe('En bus : 4 votes (80 %)');
    expect(await resultRow(phone.page, 'L’argent de poche')).toBe('L’argent de poche : 1 vote (20 %)');
    expect(await section(phone.page, 'Les avis des membres').getByText('Des réunions le samedi, svp.').isVisible()).toBe(true);
    const done = section(phone.page, 'Ce qui a été fait');
    expect(await done.getByText('Des tickets de bus sont remboursés pour chaque réunion.').isVisible()).toBe(true);
    expect(await done.getByText('En cours', { exact: true }).isVisible()).toBe(true);
    const answer = done.getByRole('group', { name: 'Est-ce que cela répond à ta question ?' });
    await answer.getByRole('button', { name: 'Oui' }).click();
    await done.getByText('Merci, ton avis est compté.').waitFor();
    expect(await done.getByRole('button', { name: 'Oui' }).count()).toBe(0);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.context.close();

    // Claire sees that one member answered, but not how: answers stay open 14 days.
    await desk.page.reload();
    const counted = section(desk.page, 'Ce qui a été fait');
    await counted.getByText(/1 réponse\. Les membres peuvent répondre jusqu’au .* au moins 5 réponses\.$/).waitFor();
    await desk.context.close();
  });
});

describe('a consultation with too few votes', () => {
  it('keeps the results withheld from the organiser and offers no publication', async () => {
    const title = 'Le goûter des réunions';
    const consultationId = await openConsultation(title);
    await vote(yanis, consultationId, { answers: { transport: 'bus' } });
    await vote(others[0] as Caller, consultationId, { answers: { transport: 'velo' } });
    const closed = await api.call(claire, 'POST', `/api/committees/${committeeId}/consultations/${consultationId}/close`);
    expect(closed.status).toBe(200);

    const desk = await signIn(DESKTOP, 'Claire Petit');
    await desk.page.getByRole('heading', { level: 1, name: 'Comités' }).waitFor();
    await desk.page.goto(`${api.url}/#/comites/${committeeId}/consultations/${consultationId}`);
    await desk.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await desk.page.getByText('Moins de 5 votes : les résultats restent masqués pour protéger l’anonymat.').waitFor();
    expect(await desk.page.locator('.result').count()).toBe(0);
    expect(await desk.page.getByRole('button', { name: 'Publier les résultats' }).count()).toBe(0);
    await desk.context.close();
  });
});

describe('creating a consultation for a small committee', () => {
  it('starts from the département’s raised floor, and shows the organiser the warning the server gives: too few members', async () => {
    // The département raised its anonymity floor to 6 (put back afterwards for the other tests).
    expect((await api.call(nadia, 'PUT', '/api/committees/settings', { anonymityFloor: 6, feedbackPerMember: 3 })).status).toBe(200);
    const desk = await signIn(DESKTOP, 'Claire Petit');
    await desk.page.getByRole('heading', { level: 1, name: 'Comités' }).waitFor();
    await desk.page.goto(`${api.url}/#/comites/${committeeId}/consultations/nouvelle`);
    await desk.page.getByRole('heading', { level: 1, name: 'Créer une consultation' }).waitFor();
    await desk.page.getByLabel('Titre').fill('Le lieu des réunions');
    await desk.page.getByLabel('Intitulé de la question').fill('Où se retrouver ?');
    await desk.page.getByLabel('Réponse 1').fill('À la mairie');
    await desk.page.getByLabel('Réponse 2').fill('Au foyer');
    // The threshold starts at the département's floor. Five members, a threshold of six: results could never be shown.
    const threshold = desk.page.getByLabel('Nombre de votes minimum pour montrer les résultats');
    await expect.poll(() => threshold.inputValue()).toBe('6');
    await desk.page.getByText('6 au minimum dans le département.', { exact: false }).waitFor();
    await desk.page.getByRole('button', { name: 'Créer la consultation' }).click();
    await desk.page.getByRole('heading', { level: 1, name: 'Le lieu des réunions' }).waitFor();
    const warning = desk.page.getByRole('note', { name: 'Avertissement' });
    await warning.getByText('Le comité compte 5 membres : il faut au moins 6 votes', { exact: false }).waitFor();
    // Still there after a reload.
    await desk.page.reload();
    await desk.page.getByRole('heading', { level: 1, name: 'Le lieu des réunions' }).waitFor();
    expect(await warning.getByText('il faut au moins 6 votes', { exact: false }).isVisible()).toBe(true);
    await desk.context.close();
    expect((await api.call(nadia, 'PUT', '/api/committees/settings', { anonymityFloor: 5, feedbackPerMember: 3 })).status).toBe(200);
  });
});

describe('free feedback on a phone', () => {
  it('tells a member how many more texts they may give, and stops at three', async () => {
    const title = 'Le local du comité';
    const consultationId = await openConsultation(title);
    const feedbackPath = `/api/committees/${committeeId}/consultations/${consultationId}/feedback`;
    for (const text of ['Plus de chaises.', 'Un coin calme.']) {
      expect((await api.call(lina, 'POST', feedbackPath, { text })).status).toBe(201);
    }
    const phone = await signIn(PHONE, 'Lina Martin');
    await phone.page.getByRole('heading', { level: 1, name: 'Mon dossier' }).waitFor();
    await phone.page.goto(`${api.url}/#/comites/${committeeId}/consultations/${consultationId}`);
    await phone.page.getByRole('heading', { level: 1, name: title }).waitFor();
    const feedbackOnly = section(phone.page, 'Donner un avis sans voter');
    await feedbackOnly.getByText('Tu peux encore donner 1 avis à cette consultation.').waitFor();
    await feedbackOnly.getByLabel('Mon avis').fill('Des prises pour charger les téléphones.');
    await feedbackOnly.getByRole('button', { name: 'Envoyer mon avis' }).click();
    await feedbackOnly.getByText('Tu as donné tous les avis possibles pour cette consultation', { exact: false }).waitFor();
    expect(await feedbackOnly.getByRole('button', { name: 'Envoyer mon avis' }).count()).toBe(0);
    // The server holds to it, whatever the screen shows.
    const fourth = await api.call(lina, 'POST', feedbackPath, { text: 'Encore un.' });
    expect(fourth.body.error.code).toBe('FEEDBACK_LIMIT_REACHED');
    await phone.context.close();
  });
});
