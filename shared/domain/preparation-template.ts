import { AUTONOMY_NEEDS } from './autonomy-needs.js';

/** The six needs of R.222-6, and the young person's own questions (a questionnaire section, not a need). */
export const PREPARATION_DOMAINS = [...AUTONOMY_NEEDS, 'mes_questions'] as const;
export type PreparationDomain = (typeof PREPARATION_DOMAINS)[number];

/**
 * The preparation questionnaire the young person fills in before the entretien pour
 * l'autonomie. Envol ships versions 1 and 2 (built in); each département may publish its
 * own versions after them. Answers keep the version they were given with.
 */
export interface PreparationQuestion {
  id: string;
  domain: PreparationDomain;
  label: string;
  /** `choice` questions offer options; `text` questions take free text. */
  kind: 'text' | 'choice';
  options?: string[];
}

export interface PreparationTemplate {
  version: number;
  questions: PreparationQuestion[];
}

const yesNo = ['Oui', 'Non', 'Je ne sais pas'];

/** The first built-in questionnaire: answers given with it still read with it. */
export const PREPARATION_TEMPLATE_V1: PreparationTemplate = {
  version: 1,
  questions: [
    { id: 'logement-actuel', domain: 'logement', kind: 'text', label: 'Où habites-tu aujourd’hui, et comment ça se passe ?' },
    {
      id: 'logement-apres',
      domain: 'logement',
      kind: 'text',
      label: 'Où aimerais-tu habiter après ta prise en charge (foyer de jeunes travailleurs, appartement, famille…) ?',
    },
    {
      id: 'ressources-actuelles',
      domain: 'ressources',
      kind: 'text',
      label: 'De quel argent disposes-tu chaque mois (argent de poche, salaire, bourse…) ?',
    },
    { id: 'compte-bancaire', domain: 'ressources', kind: 'choice', options: yesNo, label: 'As-tu un compte bancaire à ton nom ?' },
    {
      id: 'formation-actuelle',
      domain: 'formation_emploi',
      kind: 'text',
      label: 'Que fais-tu en ce moment (école, apprentissage, formation, travail) ?',
    },
    { id: 'projet-pro', domain: 'formation_emploi', kind: 'text', label: 'Quel métier ou quelle formation t’intéresse ?' },
    {
      id: 'couverture-sante',
      domain: 'sante',
      kind: 'choice',
      options: yesNo,
      label: 'As-tu une carte Vitale et une complémentaire santé ?',
    },
    { id: 'sante-besoins', domain: 'sante', kind: 'text', label: 'Y a-t-il quelque chose sur ta santé dont tu veux parler ?' },
    {
      id: 'papiers',
      domain: 'papiers_droits',
      kind: 'choice',
      options: yesNo,
      label: 'As-tu tes papiers (carte d’identité ou titre de séjour) à jour ?',
    },
    { id: 'droits', domain: 'papiers_droits', kind: 'text', label: 'Quelles démarches te semblent compliquées (CAF, impôts, permis…) ?' },
    {
      id: 'entourage',
      domain: 'entourage',
      kind: 'text',
      label: 'Sur qui peux-tu compter (famille, amis, famille d’accueil, éducateur…) ?',
    },
    { id: 'questions', domain: 'mes_questions', kind: 'text', label: 'Qu’as-tu envie de demander ou de dire pendant l’entretien ?' },
  ],
};

/**
 * Version 2, written for the law of 7 February 2022: health cover split (carte Vitale,
 * complémentaire santé), médecin traitant, identity papers and, for a young person
 * without French nationality, the titre de séjour or asylum steps (a minor needs no titre
 * de séjour: the question says what is needed at 18), disability and the MDPH, long
 * studies, mobility, leisure, support after 18 and the personne de confiance.
 */
export const PREPARATION_TEMPLATE_V2: PreparationTemplate = {
  version: 2,
  questions: [
    {
      id: 'ressources-actuelles',
      domain: 'ressources',
      kind: 'text',
      label: 'De quel argent disposes-tu chaque mois (argent de poche, salaire, bourse…) ?',
    },
    { id: 'compte-bancaire', domain: 'ressources', kind: 'choice', options: yesNo, label: 'As-tu un compte bancaire à ton nom ?' },
    { id: 'logement-actuel', domain: 'logement', kind: 'text', label: 'Où habites-tu aujourd’hui, et comment ça se passe ?' },
    {
      id: 'logement-apres',
      domain: 'logement',
      kind: 'text',
      label: 'Où aimerais-tu habiter plus tard (foyer de jeunes travailleurs, appartement, famille…) ?',
    },
    {
      id: 'formation-actuelle',
      domain: 'formation_emploi',
      kind: 'text',
      label: 'Que fais-tu en ce moment (école, apprentissage, formation, travail) ?',
    },
    { id: 'projet-pro', domain: 'formation_emploi', kind: 'text', label: 'Quel métier ou quelle formation t’intéresse ?' },
    {
      id: 'etudes-longues',
      domain: 'formation_emploi',
      kind: 'choice',
      options: yesNo,
      label: 'Aimerais-tu faire des études longues après le bac (BTS, université…) ?',
    },
    {
      id: 'mobilite',
      domain: 'formation_emploi',
      kind: 'text',
      label: 'Comment te déplaces-tu (bus, vélo, permis de conduire…) ? Est-ce que ça te gêne pour l’école ou le travail ?',
    },
    { id: 'carte-vitale', domain: 'sante', kind: 'choice', options: yesNo, label: 'As-tu ta carte Vitale ?' },
    {
      id: 'complementaire-sante',
      domain: 'sante',
      kind: 'choice',
      options: yesNo,
      label: 'As-tu une complémentaire santé, par exemple la complémentaire santé solidaire (CSS) ?',
    },
    {
      id: 'medecin-traitant',
      domain: 'sante',
      kind: 'choice',
      options: yesNo,
      label: 'As-tu un médecin traitant (le médecin que tu vois d’habitude) ?',
    },
    {
      id: 'handicap-mdph',
      domain: 'sante',
      kind: 'choice',
      options: ['Oui, et j’ai un dossier à la MDPH', 'Oui, sans dossier à la MDPH', 'Non', 'Je préfère en parler à l’entretien'],
      label: 'As-tu un handicap ou une maladie qui dure ? (La MDPH, maison départementale des personnes handicapées, peut t’aider.)',
    },
    { id: 'sante-besoins', domain: 'sante', kind: 'text', label: 'Y a-t-il quelque chose sur ta santé dont tu veux parler ?' },
    {
      id: 'papiers-identite',
      domain: 'papiers_droits',
      kind: 'choice',
      options: yesNo,
      label: 'As-tu une carte d’identité ou un passeport encore valable ?',
    },
    { id: 'nationalite', domain: 'papiers_droits', kind: 'choice', options: yesNo, label: 'As-tu la nationalité française ?' },
    {
      id: 'sejour-asile',
      domain: 'papiers_droits',
      kind: 'text',
      label:
        'Si tu n’as pas la nationalité française : avant 18 ans, tu n’as pas besoin de titre de séjour, mais à 18 ans il t’en faudra un (ou une demande d’asile). Où en sont tes démarches, et de quoi as-tu besoin ?',
    },
    { id: 'droits', domain: 'papiers_droits', kind: 'text', label: 'Quelles démarches te semblent compliquées (CAF, impôts, permis…) ?' },
    {
      id: 'entourage',
      domain: 'entourage',
      kind: 'text',
      label: 'Sur qui peux-tu compter (famille, amis, famille d’accueil, éducateur…) ?',
    },
    {
      id: 'personne-de-confiance',
      domain: 'entourage',
      kind: 'text',
      label: 'Qui est ta personne de confiance ? C’est une personne que tu choisis, qui peut venir avec toi à ton entretien.',
    },
    {
      id: 'loisirs',
      domain: 'entourage',
      kind: 'text',
      label: 'Qu’aimes-tu faire pendant ton temps libre (sport, musique, sorties, associations…) ?',
    },
    {
      id: 'accompagnement-18',
      domain: 'entourage',
      kind: 'choice',
      options: ['Oui', 'Non', 'Je ne sais pas encore'],
      label: 'Veux-tu être accompagné·e après 18 ans ?',
    },
    { id: 'questions', domain: 'mes_questions', kind: 'text', label: 'Qu’as-tu envie de demander ou de dire pendant l’entretien ?' },
  ],
};

/** The questionnaires Envol ships, by version. */
export const BUILT_IN_PREPARATION_TEMPLATES: readonly PreparationTemplate[] = [PREPARATION_TEMPLATE_V1, PREPARATION_TEMPLATE_V2];

/** What a département that has published nothing uses for a new questionnaire: the latest built-in one. */
export const DEFAULT_PREPARATION_TEMPLATE: PreparationTemplate = PREPARATION_TEMPLATE_V2;

/** The built-in questionnaire of `version`, if Envol ships one. */
export function builtInPreparationTemplate(version: number): PreparationTemplate | undefined {
  return BUILT_IN_PREPARATION_TEMPLATES.find((template) => template.version === version);
}

/** Checks answers against a template: every id must be a question, every choice one of its options. */
export function findInvalidAnswers(template: PreparationTemplate, answers: Record<string, string>): string[] {
  return Object.entries(answers)
    .filter(([id, value]) => {
      const question = template.questions.find((candidate) => candidate.id === id);
      if (!question) return true;
      return question.kind === 'choice' && value !== '' && !question.options?.includes(value);
    })
    .map(([id]) => id);
}
