import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP } from '../support/browser.js';
import { type E2e, section, startE2e } from '../support/e2e.js';
import type { Caller, Harness } from '../support/harness.js';

let api: Harness;
let e2e: E2e;

const emma: Caller = { sub: 'jeune-62-emma', role: 'jeune', departement: '62', name: 'Emma Lefèvre' };
const sophie: Caller = { sub: 'ref-62-sophie', role: 'referent', departement: '62', name: 'Sophie Lefebvre' };
const thomas: Caller = { sub: 'ref-62-thomas', role: 'referent', departement: '62', name: 'Thomas Dubois' };

beforeAll(async () => {
  e2e = await startE2e();
  api = e2e.api;
});

afterAll(() => e2e?.close());

describe('the personne de confiance at the entretien pour l’autonomie', () => {
  it('is among the participants of a new interview record, as Emma chose her', async () => {
    const me = (await api.call(emma, 'GET', '/api/youth/me')).body;
    const chosen = await api.call(emma, 'PUT', `/api/youth/${me.id}/trusted-person`, {
      version: me.version,
      trustedPerson: { name: 'Sandrine Lefèvre', relation: 'Ma tante', phone: '06 12 34 56 78' },
    });
    expect(chosen.status).toBe(200);

    const desk = await e2e.signIn(DESKTOP, 'Thomas Dubois');
    await desk.page.getByRole('heading', { level: 1, name: 'Mes jeunes' }).waitFor();
    await desk.page.goto(`${api.url}/#/jeunes/${me.id}/entretien`);
    await desk.page.getByRole('button', { name: 'Nouveau compte rendu d’entretien' }).click();
    const first = desk.page.getByRole('group', { name: 'Participant 1', exact: true });
    expect(await first.getByLabel('Qui est-ce ?').inputValue()).toBe('personne_de_confiance');
    expect(await first.getByLabel('Nom', { exact: true }).inputValue()).toBe('Sandrine Lefèvre');
    expect(await desk.page.getByText('la personne de confiance choisie par le jeune', { exact: false }).isVisible()).toBe(true);
    await desk.page.getByLabel('Date prévue').fill('2027-01-20');
    await desk.page.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    // In the list of records: the form's own hint names her too, before anything is saved.
    await section(desk.page, 'Comptes rendus d’entretien').getByRole('listitem').getByText('Sandrine Lefèvre', { exact: false }).waitFor();
    const stored = (await api.call(thomas, 'GET', `/api/interviews/${me.id}/interviews`)).body.items[0];
    expect(stored.participants).toEqual([{ kind: 'personne_de_confiance', name: 'Sandrine Lefèvre', role: 'Ma tante' }]);

    // The follow-up record asks for the same four indicators and the day she was told she may ask for support again.
    await desk.page.getByRole('button', { name: 'Nouveau compte rendu d’entretien' }).click();
    const followUp = desk.page.getByRole('group', { name: 'Situation six mois après la sortie' });
    await followUp.getByLabel('Logement', { exact: true }).selectOption({ label: 'Chez la famille ou un tiers' });
    await followUp.getByLabel('Ressources', { exact: true }).selectOption({ label: 'Aucune ressource' });
    await followUp.getByLabel('Activité', { exact: true }).selectOption({ label: 'Contrat d’engagement jeune' });
    await followUp.getByLabel('Couverture santé', { exact: true }).selectOption({ label: 'Partielle (sans complémentaire)' });
    await followUp.getByLabel('Informé·e qu’il ou elle peut redemander un accompagnement, le').fill('2026-11-02');
    expect(await desk.page.getByRole('group', { name: 'Participant 1', exact: true }).count()).toBe(0);
    await desk.page.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    await section(desk.page, 'Comptes rendus d’entretien').getByText('Activité : Contrat d’engagement jeune').waitFor();
    const records = (await api.call(thomas, 'GET', `/api/interviews/${me.id}/interviews`)).body.items;
    expect(records.find((item: { kind: string }) => item.kind === 'suivi')).toMatchObject({
      situation: { housing: 'famille_tiers', resources: 'aucune', activity: 'cej', healthCover: 'partielle' },
      supportAgainToldOn: '2026-11-02',
    });
    await desk.context.close();
  });
});

describe('the situation at exit', () => {
  it('is recorded by the referent on the four indicators once the care end date is known', async () => {
    const yanis = (await api.call(sophie, 'GET', '/api/youth')).body.items.find(
      (item: { firstName: string }) => item.firstName === 'Yanis',
    ) as { id: string };
    const desk = await e2e.signIn(DESKTOP, 'Sophie Lefebvre');
    await desk.page.getByRole('heading', { level: 1, name: 'Mes jeunes' }).waitFor();
    await desk.page.getByRole('link', { name: 'Yanis Benali' }).click();
    const exit = section(desk.page, 'Situation à la sortie');
    await exit.getByText('Non renseigné').first().waitFor();
    await exit.getByRole('button', { name: 'Renseigner la situation à la sortie' }).click();

    // Three of four: refused, with the focus on the one left.
    await exit.getByLabel('Logement').selectOption({ label: 'FJT ou résidence sociale' });
    await exit.getByLabel('Ressources').selectOption({ label: 'Aide de l’ASE (accompagnement jeune majeur)' });
    await exit.getByLabel('Activité').selectOption({ label: 'Formation' });
    await exit.getByRole('button', { name: 'Enregistrer la situation à la sortie' }).click();
    await exit.getByText('Renseignez les quatre indicateurs', { exact: false }).waitFor();
    expect(await exit.getByLabel('Couverture santé').evaluate((element) => element === document.activeElement)).toBe(true);

    await exit.getByLabel('Couverture santé').selectOption({ label: 'Inconnu' });
    await exit.getByRole('button', { name: 'Enregistrer la situation à la sortie' }).click();
    await exit.getByRole('button', { name: 'Modifier la situation à la sortie' }).waitFor();
    expect(await exit.getByText('FJT ou résidence sociale').isVisible()).toBe(true);
    expect(await exit.getByText('Inconnu').isVisible()).toBe(true);

    const stored = (await api.call(sophie, 'GET', `/api/youth/${yanis.id}`)).body;
    expect(stored.exitSituation).toEqual({
      housing: 'fjt_residence_sociale',
      resources: 'aide_ase',
      activity: 'formation',
      healthCover: 'inconnu',
    });
    await desk.context.close();
  });
});
