/**
 * The six needs the projet d'accès à l'autonomie covers (CASF R.222-6): the one list
 * used by the preparation questionnaire, the plan and the autonomy grid. The ids were
 * the questionnaire's domains before this list existed, so stored answers, plans and
 * grids keep their meaning.
 */
export const AUTONOMY_NEEDS = ['ressources', 'logement', 'formation_emploi', 'sante', 'papiers_droits', 'entourage'] as const;
export type AutonomyNeed = (typeof AUTONOMY_NEEDS)[number];

/** Each need as R.222-6 words it, for staff and for the print view. */
export const AUTONOMY_NEED_LABELS: Record<AutonomyNeed, string> = {
  ressources: 'Ressources',
  logement: 'Logement ou hébergement',
  formation_emploi: 'Emploi, formation ou scolarité',
  sante: 'Soins',
  papiers_droits: 'Démarches administratives et accès aux droits',
  entourage: 'Accompagnement socio-éducatif, affectif, culturel et social',
};
