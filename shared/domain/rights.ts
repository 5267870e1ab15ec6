/**
 * The rights the entretien pour l'autonomie must tell the young person about (CASF
 * L222-5-1, L222-5 5°, and the help due to a minor without family protection). One list,
 * used by the interview record (what staff tick, with the date told) and by the young
 * person's « Mes droits » page (the same rights, in their words).
 */
export const RIGHTS = [
  'accompagnement_18_21',
  'contrat_engagement_jeune',
  'logement_social',
  'titre_sejour_asile',
  'contester_adepape',
] as const;
export type Right = (typeof RIGHTS)[number];

/** What the young person answered, when the right calls for an answer (CEJ proposed, support wanted). */
export const RIGHT_ANSWERS = ['oui', 'non', 'reflechit'] as const;
export type RightAnswer = (typeof RIGHT_ANSWERS)[number];

/** One right told: when, and the young person's answer where there is one. */
export interface RightTold {
  right: Right;
  toldOn: string;
  answer: RightAnswer | null;
}

interface RightWords {
  /** For staff, as the law puts it. */
  staff: string;
  /** For the young person, in « tu », as a 16-year-old would say it. */
  title: string;
  explanation: string;
  /** The question put to the young person, when the right calls for an answer. */
  question?: string;
  /** Only for a young person without French nationality or family protection (MNA). */
  onlyWithoutFrenchNationality?: boolean;
}

export const RIGHT_WORDS: Record<Right, RightWords> = {
  accompagnement_18_21: {
    staff:
      'Accompagnement de 18 à 21 ans (L222-5, 5°), y compris après une sortie (droit au retour), et jusqu’à la fin de l’année scolaire ou universitaire en cours',
    title: 'Être accompagné·e de 18 à 21 ans',
    explanation:
      'À 18 ans, tu peux demander que l’ASE continue à t’aider (logement, argent, suivi) jusqu’à tes 21 ans. Si tu pars puis changes d’avis, tu peux revenir le demander avant tes 21 ans. Si tu fais des études, l’aide peut aller jusqu’à la fin de ton année scolaire ou universitaire.',
    question: 'Veux-tu être accompagné·e après 18 ans ?',
  },
  contrat_engagement_jeune: {
    staff: 'Contrat d’engagement jeune (CEJ), systématiquement proposé',
    title: 'Le contrat d’engagement jeune (CEJ)',
    explanation:
      'Un accompagnement renforcé avec la mission locale ou France Travail pour t’aider à trouver une formation ou un emploi, avec une allocation chaque mois.',
    question: 'Veux-tu un contrat d’engagement jeune ?',
  },
  logement_social: {
    staff: 'Accès prioritaire au logement social',
    title: 'Un logement social en priorité',
    explanation: 'Parce que tu as été confié·e à l’ASE, ta demande de logement social passe en priorité.',
  },
  titre_sejour_asile: {
    staff: 'Mineur sans protection familiale (MNA) : aide de l’ASE pour le titre de séjour à la majorité ou la demande d’asile',
    title: 'Tes papiers à 18 ans',
    explanation:
      'Si tu n’as pas la nationalité française, l’ASE t’aide à demander un titre de séjour pour tes 18 ans, ou à demander l’asile. Le plus tôt est le mieux, si possible avant tes 18 ans.',
    onlyWithoutFrenchNationality: true,
  },
  contester_adepape: {
    staff: 'Comment contester une décision ; l’ADEPAPE (association des anciens enfants accueillis)',
    title: 'Contester une décision, te faire aider',
    explanation:
      'Si tu n’es pas d’accord avec une décision de l’ASE, tu peux la contester : on t’explique comment et avant quelle date. L’ADEPAPE, l’association des anciens de l’ASE, peut aussi t’aider.',
  },
};

/**
 * For each right, the latest time it was told across the interview records, with the
 * answer given then; null when it was never told. Interviews without a checklist
 * (recorded before it existed) tell nothing.
 */
export function rightsToldOf(interviews: readonly { rightsTold?: readonly RightTold[] | null }[]): Record<Right, RightTold | null> {
  const latest = Object.fromEntries(RIGHTS.map((right) => [right, null])) as Record<Right, RightTold | null>;
  for (const interview of interviews) {
    for (const told of interview.rightsTold ?? []) {
      const current = latest[told.right];
      if (!current || told.toldOn >= current.toldOn) latest[told.right] = told;
    }
  }
  return latest;
}
