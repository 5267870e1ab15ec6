import { describe, expect, it } from 'vitest';
import type { ArchivedFileOpened } from '../api/types';
import { formatTimestamp } from '../lib/dates';
import { archivedFileSections, auditLine } from './archived-file-sections';

const ADMIN = 'admin-62-nadia';

const PLAN: ArchivedFileOpened['file']['plan'] = {
  goals: [
    {
      id: 'g1',
      domain: 'logement',
      label: 'Trouver un foyer',
      planB: 'Rester chez ma tante',
      actions: [{ id: 'a1', label: 'Visiter le FJT', who: 'referent', partnerName: null, dueOn: '2027-01-15', status: 'a_faire' }],
    },
    { id: 'g2', domain: 'sante', label: 'Voir un médecin', planB: '', actions: [] },
  ],
  needsWithoutGoals: [{ need: 'ressources', reason: 'Tout va bien' }],
  status: 'signe',
  version: 3,
  updatedAt: '2026-11-10T10:00:00.000Z',
  updatedByName: 'Sophie Lefebvre',
  lastReviewedOn: '2026-11-10',
  majorChangeOn: null,
  reviewDueOn: '2027-11-10',
  signedAt: '2026-11-12T17:00:00.000Z',
  changeRequest: null,
};
const HELP_ALERTS: ArchivedFileOpened['file']['helpAlerts'] = [
  {
    id: 'h2',
    youthId: 'y',
    reason: 'pas_en_securite',
    raisedAt: '2026-11-26T20:00:00.000Z',
    acknowledgedAt: '2026-11-26T20:30:00.000Z',
    acknowledgedByName: 'Sophie Lefebvre',
  },
  {
    id: 'h1',
    youthId: 'y',
    reason: 'besoin_de_parler',
    raisedAt: '2026-11-25T20:00:00.000Z',
    acknowledgedAt: null,
    acknowledgedByName: null,
  },
];

function anArchivedFile(overrides: Partial<ArchivedFileOpened['file']> = {}): ArchivedFileOpened['file'] {
  return {
    exportedAt: '2026-11-29T18:41:00.000Z',
    youth: {
      id: '0b9f5e3c-6a1d-4c2e-9f57-2d6c7b1a8e41',
      departement: '62',
      firstName: 'Lina',
      lastName: 'Martin',
      birthDate: '2006-05-29',
      careStartDate: '2022-03-01',
      careEndDate: '2024-05-29',
      trustedPerson: null,
      exitSituation: null,
      accountSub: 'jeune-lina',
      referentId: 'ref-62-sophie',
      coordinateurId: 'coord-62-karim',
      fileState: 'archive_intermediaire',
      archivedOn: '2026-06-01',
      hasHousingSolution: false,
      version: 3,
      createdAt: '2022-03-01T09:00:00.000Z',
      updatedAt: '2026-06-01T01:00:00.000Z',
      keyDates: { age16: '2022-05-29', age17: '2023-05-29', age18: '2024-05-29', age21: '2027-05-29', careEnd: '2024-05-29' },
    },
    journal: [
      {
        id: 'f0f0f0f0-0000-4000-8000-000000000003',
        text: 'Point d’équipe : orientation vers la mission locale.',
        visibleToYouth: false,
        authorSub: 'ref-62-sophie',
        authorName: 'Sophie Lefebvre',
        authorRole: 'referent',
        createdAt: '2024-04-20T13:29:00.000Z',
      },
    ],
    audit: [
      {
        id: 'a2',
        at: '2026-11-29T13:40:00.000Z',
        actorSub: ADMIN,
        actorName: 'Nadia Roussel',
        actorRole: 'admin',
        action: 'archive.open',
        reason: 'Demande du juge des enfants du 12 mars',
      },
      {
        id: 'a1',
        at: '2024-04-20T13:29:00.000Z',
        actorSub: 'ref-62-sophie',
        actorName: 'Sophie Lefebvre',
        actorRole: 'referent',
        action: 'profile.read',
      },
    ],
    interviews: [],
    preparation: null,
    plan: null,
    planHistory: [],
    committees: [],
    supportRequests: [],
    helpAlerts: [],
    rgpdRequests: [],
    reminders: { channels: null, sent: [] },
    checkIns: [],
    ballots: 'Les votes ne sont liés à personne.',
    grids: { evaluations: [], selfAssessmentInProgress: null },
    housing: { project: null, applications: [] },
    ...overrides,
  };
}

describe('archivedFileSections', () => {
  it('shows the file in staff’s words: the day it was archived, staff-only journal notes marked as such', () => {
    const sections = archivedFileSections(anArchivedFile());

    const text = JSON.stringify(sections);
    expect(sections.map((section) => section.title)).toContain('Journal');
    expect(text).toContain('Archivé le');
    expect(text).toContain('1er juin 2026');
    expect(text).toContain('Point d’équipe');
    expect(sections.find((section) => section.title === 'Journal')?.blocks[0]?.facts).toEqual([['Visible par le jeune', 'non']]);
    // « vous » and neutral words: nothing addressed to the young person.
    expect(text).not.toMatch(/\b(ton|ta|tes|tu)\b/);
  });

  it('gives the identity and key dates in staff’s words, saying what is not known', () => {
    const file = anArchivedFile();
    expect(archivedFileSections(file)[0]).toEqual({
      title: 'Informations',
      empty: '',
      blocks: [
        {
          facts: [
            ['Prénom et nom', 'Lina Martin'],
            ['Date de naissance', '29 mai 2006'],
            ['Admission à l’ASE', '1er mars 2022'],
            ['Fin de prise en charge', '29 mai 2024'],
            ['Personne de confiance', 'Aucune'],
            ['Dossier créé le', formatTimestamp('2022-03-01T09:00:00.000Z')],
            ['Archivé le', '1er juin 2026'],
          ],
        },
        {
          heading: 'Échéances',
          facts: [
            ['16 ans', '29 mai 2022'],
            ['17 ans', '29 mai 2023'],
            ['18 ans', '29 mai 2024'],
            ['21 ans', '29 mai 2027'],
            ['Fin de prise en charge', '29 mai 2024'],
          ],
        },
      ],
    });
    const unknown = anArchivedFile();
    unknown.youth = {
      ...unknown.youth,
      careStartDate: null,
      careEndDate: null,
      trustedPerson: { name: 'Awa Diallo', relation: 'Tante', phone: '06 12 34 56 78' },
    };
    expect(archivedFileSections(unknown)[0]?.blocks[0]?.facts).toEqual([
      ['Prénom et nom', 'Lina Martin'],
      ['Date de naissance', '29 mai 2006'],
      ['Admission à l’ASE', 'Non renseignée'],
      ['Fin de prise en charge', 'Non renseignée'],
      ['Personne de confiance', 'Awa Diallo (Tante), 06 12 34 56 78'],
      ['Dossier créé le', formatTimestamp('2022-03-01T09:00:00.000Z')],
      ['Archivé le', '1er juin 2026'],
    ]);
  });

  it('reads the plan and the « J’ai besoin d’aide » alerts in staff’s words', () => {
    const sections = archivedFileSections(anArchivedFile({ plan: PLAN, helpAlerts: HELP_ALERTS }));

    expect(sections.find((section) => section.title === 'Projet d’autonomie')?.blocks).toEqual([
      {
        lines: ['Signé le 12 novembre 2026 à 18:00.'],
        facts: [
          ['Dernière révision', '10 novembre 2026'],
          ['Prochaine révision', 'au plus tard le 10 novembre 2027'],
        ],
      },
      {
        heading: 'Logement ou hébergement : Trouver un foyer',
        facts: [
          ['Plan B', 'Rester chez ma tante'],
          ['Visiter le FJT', 'Référent·e ASE, avant le 15 janvier 2027 (à faire)'],
        ],
      },
      { heading: 'Soins : Voir un médecin', facts: [] },
      { heading: 'Ressources : pas de besoin', lines: ['Tout va bien'] },
    ]);
    expect(sections.find((section) => section.title.startsWith('Alertes'))).toEqual({
      title: 'Alertes « J’ai besoin d’aide »',
      empty: 'Aucune alerte.',
      blocks: [
        {
          heading: '« Je ne me sens pas en sécurité », le 26 novembre 2026 à 21:00',
          lines: ['Prise en compte le 26 novembre 2026 à 21:30 par Sophie Lefebvre.'],
        },
        { heading: '« J’ai besoin de parler », le 25 novembre 2026 à 21:00', lines: ['Pas prise en compte.'] },
      ],
    });
  });

  it('lists every access with the reason of an opening, and says what is empty rather than hiding it', () => {
    const sections = archivedFileSections(anArchivedFile());

    const history = sections.find((section) => section.title === 'Historique des accès');
    expect(history?.blocks[0]?.lines).toHaveLength(2);
    expect(history?.blocks[0]?.lines?.[0]).toContain('Demande du juge des enfants du 12 mars');
    const interviews = sections.find((section) => section.title === 'Entretiens');
    expect(interviews?.blocks).toEqual([]);
    expect(interviews?.empty).toBe('Aucun entretien.');
  });
});

describe('auditLine', () => {
  it('names who did what and when, with the reason in quotes when there is one', () => {
    const at = '2026-11-29T13:40:00.000Z';
    expect(
      auditLine({ actorName: 'Nadia Roussel', actorRole: 'admin', action: 'archive.open', at, reason: 'Demande du juge des enfants' }),
    ).toBe(
      `Nadia Roussel (administrateur·rice) a ouvert le dossier archivé le ${formatTimestamp(at)}. Motif\u202f: «\u202fDemande du juge des enfants\u202f».`,
    );
    expect(auditLine({ actorName: null, actorRole: 'referent', action: 'profile.read', at })).toBe(
      `Un·e référent·e ASE a consulté le dossier le ${formatTimestamp(at)}.`,
    );
  });
});
