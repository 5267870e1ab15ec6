import { describe, expect, it } from 'vitest';
import type { YouthExport } from '../api/types';
import { formatTimestamp } from '../lib/dates';
import type { ReadableSection } from '../lib/readable-sections';
import { readableExport } from './readable-export';

const YOUTH_ID = '0b9f5e3c-6a1d-4c2e-9f57-2d6c7b1a8e41';
const SOPHIE = 'c1d2e3f4-0000-4000-8000-000000000001';
const PROJECT_SOLUTION = 'foyer-jeunes-travailleurs';

function anExport(overrides: Partial<YouthExport> = {}): YouthExport {
  return {
    exportedAt: '2026-11-29T18:41:00.000Z',
    youth: {
      id: YOUTH_ID,
      departement: '62',
      firstName: 'Lina',
      lastName: 'Martin',
      birthDate: '2010-05-29',
      careStartDate: '2022-03-01',
      careEndDate: null,
      trustedPerson: { name: 'Awa Diallo', relation: 'Ma tante', phone: '06 12 34 56 78' },
      exitSituation: null,
      accountSub: 'jeune-lina',
      referentId: SOPHIE,
      coordinateurId: 'c1d2e3f4-0000-4000-8000-000000000002',
      hasHousingSolution: false,
      version: 3,
      createdAt: '2026-01-10T09:00:00.000Z',
      updatedAt: '2026-11-20T09:00:00.000Z',
      keyDates: { age16: '2026-05-29', age17: '2027-05-29', age18: '2028-05-29', age21: '2031-05-29', careEnd: null },
    },
    journal: [
      {
        id: 'f0f0f0f0-0000-4000-8000-000000000003',
        text: 'On se voit mardi pour ton entretien.',
        visibleToYouth: true,
        authorSub: SOPHIE,
        authorName: 'Sophie Lefebvre',
        authorRole: 'referent',
        createdAt: '2026-11-20T13:29:00.000Z',
      },
    ],
    audit: [
      {
        id: 'a3',
        at: '2026-11-29T13:40:00.000Z',
        actorSub: SOPHIE,
        actorName: 'Sophie Lefebvre',
        actorRole: 'referent',
        action: 'journal.read',
      },
      {
        id: 'a2',
        at: '2026-11-29T13:30:00.000Z',
        actorSub: SOPHIE,
        actorName: 'Sophie Lefebvre',
        actorRole: 'referent',
        action: 'profile.read',
      },
      {
        id: 'a1',
        at: '2026-11-29T13:29:00.000Z',
        actorSub: SOPHIE,
        actorName: 'Sophie Lefebvre',
        actorRole: 'referent',
        action: 'preparation.read',
        nothingSeen: true,
      },
    ],
    interviews: [
      {
        id: 'b1b1b1b1-0000-4000-8000-000000000004',
        kind: 'entretien17',
        scheduledOn: '2026-12-20',
        heldOn: null,
        participants: [{ kind: null, name: 'Sophie Lefebvre', role: 'Référente ASE' }],
        youngPersonAbsentReason: null,
        summary: '',
        points: [],
        rightsTold: [{ right: 'accompagnement_18_21', toldOn: '2026-11-02', answer: 'oui' }],
        situation: null,
        supportAgainToldOn: null,
        legacyExitIndicators: null,
        version: 1,
        createdAt: '2026-11-01T10:00:00.000Z',
        updatedAt: '2026-11-01T10:00:00.000Z',
      },
    ],
    preparation: { templateVersion: 2, answers: { 'logement-actuel': 'Arras centre', inconnue: 'Une réponse' }, sharedAt: null },
    plan: null,
    planHistory: [],
    committees: [{ committeeId: 'd1d1d1d1-0000-4000-8000-000000000005', kind: 'CTJ', name: 'CTJ Arras', territory: 'Arrageois' }],
    supportRequests: [],
    rgpdRequests: [
      {
        id: 'f2f2f2f2-0000-4000-8000-000000000007',
        youthId: YOUTH_ID,
        kind: 'rectification',
        details: 'Mon nom est mal écrit.',
        status: 'traitee',
        requestedAt: '2026-01-31T09:00:00.000Z',
        receivedOn: '2026-01-31',
        dueOn: '2026-02-28',
        late: false,
        answers: [
          {
            status: 'traitee',
            text: 'Ton nom est corrigé.',
            answeredAt: '2026-02-10T09:00:00.000Z',
            answeredByName: 'Sophie Lefebvre',
            answeredByRole: 'referent',
          },
        ],
        version: 2,
      },
    ],
    helpAlerts: [
      {
        id: 'e1e1e1e1-0000-4000-8000-000000000006',
        youthId: YOUTH_ID,
        reason: 'besoin_de_parler',
        raisedAt: '2026-11-25T20:00:00.000Z',
        acknowledgedAt: null,
        acknowledgedByName: null,
      },
    ],
    reminders: {
      channels: { phone: '+33612345678', email: null, sms: true, emailChosen: false, stoppedAt: null },
      sent: [{ kind: 'plan_to_agree', sentAt: '2026-11-20T09:00:00.000Z', channels: ['sms'] }],
    },
    checkIns: [
      {
        age: 19,
        status: 'answered',
        on: '2029-06-02',
        answers: {
          housing: 'fjt_residence_sociale',
          resources: 'aide_ase',
          activity: 'formation',
          healthCover: 'complete',
          someoneToCountOn: 'oui',
        },
      },
      { age: 21, status: 'declined', on: '2031-06-10', answers: null },
    ],
    ballots: 'Tes votes aux consultations des comités ne figurent pas ici.',
    grids: {
      evaluations: [
        {
          id: 'g1g1g1g1-0000-4000-8000-000000000007',
          kind: 'self',
          assessedOn: '2026-10-03',
          at: '2026-10-03T16:00:00.000Z',
          levels: { 'res-depenses': 3, 'item-retire': 2 },
          authorRole: 'jeune',
          authorName: 'Lina Martin',
          note: null,
          templateVersion: 1,
        },
      ],
      selfAssessmentInProgress: null,
    },
    housing: {
      project: {
        wishedSolutionTypeIds: [PROJECT_SOLUTION],
        wishedArea: 'Arras',
        expectedDate: '2028-06-01',
        resources: [{ source: 'apprentissage', monthlyAmount: 850 }],
        household: 'seul',
        supportNeeded: '',
        aidsRequested: ['apl_caf'],
        otherAid: '',
        notNeededReason: null,
        startedOn: '2026-09-01',
        version: 2,
        updatedAt: '2026-09-02T10:00:00.000Z',
        sharedAt: null,
      },
      applications: [],
    },
    ...overrides,
  } as YouthExport;
}

const allText = (sections: ReadableSection[]): string[] =>
  sections.flatMap((section) => [
    section.title,
    section.empty,
    ...section.blocks.flatMap((block) => [block.heading ?? '', ...(block.lines ?? []), ...(block.facts ?? []).flat()]),
  ]);

const section = (sections: ReadableSection[], title: string) => sections.find((candidate) => candidate.title === title);

describe('readableExport', () => {
  const sections = readableExport(anExport(), { solutionTypes: { [PROJECT_SOLUTION]: 'Foyer de jeunes travailleurs' } });
  const text = allText(sections);

  it('shows no internal id, no ISO date and no code', () => {
    const joined = text.join('\n');
    expect(joined).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(joined).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    for (const code of [
      'entretien17',
      'besoin_de_parler',
      'res-depenses',
      'profile.read',
      'apprentissage',
      PROJECT_SOLUTION,
      'jeune-lina',
    ]) {
      expect(joined).not.toContain(code);
    }
  });

  it('lists the reminders sent and the number the young person gave, in words', () => {
    expect(section(sections, 'Mes rappels par SMS et e-mail')?.blocks).toEqual([
      {
        heading: 'Mes moyens de contact',
        facts: [
          ['Mon numéro de mobile', '+33612345678'],
          ['Je reçois les rappels', 'par SMS'],
        ],
      },
      {
        heading: 'Les messages envoyés',
        lines: [`Projet d’autonomie à lire, le ${formatTimestamp('2026-11-20T09:00:00.000Z')} (par SMS).`],
      },
    ]);
  });

  it('gives the check-ins of 19 and 21 as questions and answers in words, and a decline as such', () => {
    const checkIns = section(sections, 'Mes questionnaires de 19 et 21 ans')?.blocks;
    expect(checkIns?.[0]?.heading).toBe('À 19 ans, le 2 juin 2029');
    expect(checkIns?.[0]?.facts).toContainEqual(['Où dors-tu en ce moment\u202f?', 'En foyer de jeunes travailleurs ou résidence sociale']);
    expect(checkIns?.[0]?.facts).toHaveLength(5);
    expect(checkIns?.[1]).toEqual({ heading: 'À 21 ans, le 10 juin 2031', lines: ['J’ai choisi de ne pas répondre.'] });
    expect(text.join('\n')).not.toContain('fjt_residence_sociale');
  });

  it('gives the requests about the young person’s data with their deadline and answers, in words', () => {
    expect(section(sections, 'Mes demandes sur mes données')?.blocks).toEqual([
      {
        heading: 'Corriger une information fausse, le 31 janvier 2026',
        facts: [
          ['Où en est ta demande', 'Faite'],
          ['Réponse due au plus tard le', '28 février 2026'],
          ['Ce que tu as écrit', 'Mon nom est mal écrit.'],
        ],
        lines: [`Faite, le ${formatTimestamp('2026-02-10T09:00:00.000Z')} par Sophie Lefebvre. Ton nom est corrigé.`],
      },
    ]);
    expect(text.join('\n')).not.toContain('rectification');
  });

  it('gives the young person’s identity and dates in their words, leaving out a date not known', () => {
    expect(section(sections, 'Mon identité et mes dates')?.blocks).toEqual([
      {
        facts: [
          ['Prénom et nom', 'Lina Martin'],
          ['Date de naissance', '29 mai 2010'],
          ['Arrivée à l’ASE', '1er mars 2022'],
          ['Fin de prise en charge prévue', 'pas encore connue'],
          ['Département', '62'],
          ['Personne de confiance', 'Awa Diallo (Ma tante), 06 12 34 56 78'],
          ['Dossier créé le', formatTimestamp('2026-01-10T09:00:00.000Z')],
        ],
      },
      {
        heading: 'Mes dates importantes',
        facts: [
          ['Mes 16 ans', '29 mai 2026'],
          ['Mes 17 ans', '29 mai 2027'],
          ['Mes 18 ans', '29 mai 2028'],
          ['Mes 21 ans', '29 mai 2031'],
        ],
      },
    ]);
    const unknown = anExport();
    unknown.youth = { ...unknown.youth, careStartDate: null, trustedPerson: null };
    expect(section(readableExport(unknown), 'Mon identité et mes dates')?.blocks[0]?.facts).toEqual([
      ['Prénom et nom', 'Lina Martin'],
      ['Date de naissance', '29 mai 2010'],
      ['Fin de prise en charge prévue', 'pas encore connue'],
      ['Département', '62'],
      ['Personne de confiance', 'aucune'],
      ['Dossier créé le', formatTimestamp('2026-01-10T09:00:00.000Z')],
    ]);
  });

  it('writes dates in French', () => {
    expect(section(sections, 'Mon identité et mes dates')?.blocks[0]?.facts).toContainEqual(['Date de naissance', '29 mai 2010']);
    expect(text).toContain('Mes 17 ans');
    expect(text).toContain('29 mai 2027');
  });

  it('keeps what the young person and their binôme wrote, in their words', () => {
    expect(text).toContain('On se voit mardi pour ton entretien.');
    expect(text.some((line) => line.startsWith('Sophie Lefebvre (référent·e ASE), le 20 novembre 2026'))).toBe(true);
    expect(text).toContain('Arras centre');
    expect(text).toContain('Pas partagée : tes réponses ne sont qu’à toi.');
  });

  it('names the grid items and the housing solutions, and counts what it cannot name', () => {
    expect(text).toContain('Budget et ressources : Je sais ce que je dépense chaque mois.');
    expect(text).toContain('Je sais faire seul·e');
    expect(text).toContain('1 (questions d’une ancienne grille)');
    expect(text).toContain('Foyer de jeunes travailleurs');
    const unnamed = allText(readableExport(anExport()));
    expect(unnamed).toContain('1 solution(s) choisie(s)');
  });

  it('gives the access log as the young person reads it: one line per visit, nothing for what was not seen', () => {
    const lines = section(sections, 'Qui a consulté mon dossier')?.blocks.flatMap((block) => block.lines ?? []);
    expect(lines).toEqual(['Sophie Lefebvre (référent·e ASE) a ouvert ton dossier le 29 novembre 2026 à 14:30.']);
  });

  it('gives an admin’s opening of the archived file on a line of its own, with the reason stated', () => {
    const opening = {
      id: 'a4',
      at: '2026-11-29T13:45:00.000Z',
      actorSub: 'admin-62-nadia',
      actorName: 'Nadia Roussel',
      actorRole: 'admin',
      action: 'archive.open' as const,
      reason: 'Demande du juge des enfants',
    };
    const withOpening = readableExport(anExport({ audit: [opening, ...anExport().audit] }));
    const lines = section(withOpening, 'Qui a consulté mon dossier')?.blocks.flatMap((block) => block.lines ?? []);
    expect(lines?.[0]).toBe(
      'Nadia Roussel (administrateur·rice) a ouvert ton dossier archivé le 29 novembre 2026 à 14:45. Raison donnée : « Demande du juge des enfants ».',
    );
    expect(lines).toHaveLength(2);
  });

  it('says when a part is empty, and explains why votes are not there', () => {
    expect(section(sections, 'Mon projet d’autonomie')).toMatchObject({ blocks: [], empty: 'Pas encore de projet d’autonomie.' });
    expect(text).toContain('Tes votes aux consultations des comités ne figurent pas ici.');
    expect(text).toContain('« J’ai besoin de parler », le 25 novembre 2026 à 21:00');
  });

  it('reads a signed plan with its needs, actions and versions', () => {
    const signed = readableExport(
      anExport({
        plan: {
          goals: [
            {
              id: 'g1',
              domain: 'logement',
              label: 'Trouver un foyer',
              planB: 'Rester chez ma tante',
              actions: [{ id: 'a1', label: 'Visiter le FJT', who: 'referent', partnerName: null, dueOn: '2027-01-15', status: 'a_faire' }],
            },
          ],
          needsWithoutGoals: [{ need: 'sante', reason: 'Tout va bien' }],
          status: 'signe',
          version: 3,
          updatedAt: '2026-11-10T10:00:00.000Z',
          updatedByName: 'Sophie Lefebvre',
          lastReviewedOn: '2026-11-10',
          majorChangeOn: null,
          reviewDueOn: '2027-11-10',
          signedAt: '2026-11-12T17:00:00.000Z',
          changeRequest: null,
        },
        planHistory: [{ event: 'signed', at: '2026-11-12T17:00:00.000Z' }] as YouthExport['planHistory'],
      }),
    );
    const planText = allText(signed.filter((part) => part.title === 'Mon projet d’autonomie'));
    expect(planText).toContain('Logement : Trouver un foyer');
    expect(planText).toContain('Santé : pas de besoin');
    expect(planText).toContain('Signé le 12 novembre 2026 à 18:00.');
    expect(planText).toContain('Le 12 novembre 2026 à 18:00 : tu l’as signé.');
    expect(planText.some((line) => line.includes('avant le 15 janvier 2027 (à faire)'))).toBe(true);
    expect(planText.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
