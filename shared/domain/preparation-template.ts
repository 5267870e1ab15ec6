import { AUTONOMY_NEEDS } from './autonomy-needs.js';

/** The six needs of R.222-6, and the young person's own questions (a questionnaire section, not a need). */
export const PREPARATION_DOMAINS = [...AUTONOMY_NEEDS, 'mes_questions'] as const;
export type PreparationDomain = (typeof PREPARATION_DOMAINS)[number];

/**
 * The preparation questionnaire the young person fills in before the entretien pour
 * l'autonomie. Each département may publish its own versions; version 1 is this default.
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

export const DEFAULT_PREPARATION_TEMPLATE: PreparationTemplate = {
  version: 1,
  questions: [
    { id: 'logement-actuel', domain: 'logement', kind: 'text', label: 'Où habites-tu aujourd’hui, et comment ça se passe ?' },
    {
      id: 'logement-apres',
      domain: 'logement',
      kind: 'text',
      label: 'Où aimerais-tu habiter après ta prise en charge (foyer de jeunes travailleurs, appartement, famille…) ?',
    },
    {
      id: 'ressources-actuelles',
      domain: 'ressources',
      kind: 'text',
      label: 'De quel argent disposes-tu chaque mois (argent de poche, salaire, bourse…) ?',
    },
    { id: 'compte-bancaire', domain: 'ressources', kind: 'choice', options: yesNo, label: 'As-tu un compte bancaire à ton nom ?' },
    {
      id: 'formation-actuelle',
      domain: 'formation_emploi',
      kind: 'text',
      label: 'Que fais-tu en ce moment (école, apprentissage, formation, travail) ?',
    },
    { id: 'projet-pro', domain: 'formation_emploi', kind: 'text', label: 'Quel métier ou quelle formation t’intéresse ?' },
    {
      id: 'couverture-sante',
      domain: 'sante',
      kind: 'choice',
      options: yesNo,
      label: 'As-tu une carte Vitale et une complémentaire santé ?',
    },
    { id: 'sante-besoins', domain: 'sante', kind: 'text', label: 'Y a-t-il quelque chose sur ta santé dont tu veux parler ?' },
    {
      id: 'papiers',
      domain: 'papiers_droits',
      kind: 'choice',
      options: yesNo,
      label: 'As-tu tes papiers (carte d’identité ou titre de séjour) à jour ?',
    },
    { id: 'droits', domain: 'papiers_droits', kind: 'text', label: 'Quelles démarches te semblent compliquées (CAF, impôts, permis…) ?' },
    {
      id: 'entourage',
      domain: 'entourage',
      kind: 'text',
      label: 'Sur qui peux-tu compter (famille, amis, famille d’accueil, éducateur…) ?',
    },
    { id: 'questions', domain: 'mes_questions', kind: 'text', label: 'Qu’as-tu envie de demander ou de dire pendant l’entretien ?' },
  ],
};

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
