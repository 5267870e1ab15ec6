/**
 * The situation of a young person when care ends, and again at the follow-up interview
 * six months later, on the four indicators départements count (stable housing,
 * resources, school or work, health cover). Each has categories and `inconnu`, so that
 * "we do not know" is counted as such and never as a yes or a no.
 */
export const EXIT_HOUSING = [
  'logement_autonome',
  'fjt_residence_sociale',
  'famille_tiers',
  'hebergement_urgence',
  'sans_solution',
  'inconnu',
] as const;
export const EXIT_RESOURCES = ['revenus_activite', 'allocation_ou_bourse', 'aide_ase', 'aide_entourage', 'aucune', 'inconnu'] as const;
export const EXIT_ACTIVITY = ['scolarite', 'formation', 'emploi', 'cej', 'sans_activite', 'inconnu'] as const;
export const EXIT_HEALTH_COVER = ['complete', 'partielle', 'aucune', 'inconnu'] as const;

export type ExitHousing = (typeof EXIT_HOUSING)[number];
export type ExitResources = (typeof EXIT_RESOURCES)[number];
export type ExitActivity = (typeof EXIT_ACTIVITY)[number];
export type ExitHealthCover = (typeof EXIT_HEALTH_COVER)[number];

export interface ExitSituation {
  housing: ExitHousing;
  resources: ExitResources;
  activity: ExitActivity;
  healthCover: ExitHealthCover;
}

export const EXIT_INDICATORS = ['housing', 'resources', 'activity', 'healthCover'] as const;
export type ExitIndicator = (typeof EXIT_INDICATORS)[number];

export const EXIT_INDICATOR_LABELS: Record<ExitIndicator, string> = {
  housing: 'Logement',
  resources: 'Ressources',
  activity: 'Activité',
  healthCover: 'Couverture santé',
};

export const EXIT_CATEGORY_LABELS: {
  housing: Record<ExitHousing, string>;
  resources: Record<ExitResources, string>;
  activity: Record<ExitActivity, string>;
  healthCover: Record<ExitHealthCover, string>;
} = {
  housing: {
    logement_autonome: 'Logement autonome',
    fjt_residence_sociale: 'FJT ou résidence sociale',
    famille_tiers: 'Chez la famille ou un tiers',
    hebergement_urgence: 'Hébergement d’urgence',
    sans_solution: 'Sans solution',
    inconnu: 'Inconnu',
  },
  resources: {
    revenus_activite: 'Revenus d’activité (salaire, apprentissage)',
    allocation_ou_bourse: 'Allocation ou bourse (CEJ, bourse d’études…)',
    aide_ase: 'Aide de l’ASE (accompagnement jeune majeur)',
    aide_entourage: 'Aide de la famille ou de l’entourage',
    aucune: 'Aucune ressource',
    inconnu: 'Inconnu',
  },
  activity: {
    scolarite: 'Scolarité ou études',
    formation: 'Formation',
    emploi: 'Emploi',
    cej: 'Contrat d’engagement jeune',
    sans_activite: 'Sans activité',
    inconnu: 'Inconnu',
  },
  healthCover: {
    complete: 'Complète (assurance maladie et complémentaire)',
    partielle: 'Partielle (sans complémentaire)',
    aucune: 'Aucune',
    inconnu: 'Inconnu',
  },
};

/** The indicators as the four yes/no rates départements publish; `inconnu` stays unknown (null). */
export function exitRates(
  situation: ExitSituation,
): Record<'stableHousing' | 'resources' | 'schoolOrWork' | 'healthCover', boolean | null> {
  const known = <T extends string>(value: T, yes: readonly T[]) => (value === 'inconnu' ? null : yes.includes(value));
  return {
    stableHousing: known<ExitHousing>(situation.housing, ['logement_autonome', 'fjt_residence_sociale']),
    resources: known<ExitResources>(situation.resources, ['revenus_activite', 'allocation_ou_bourse', 'aide_ase', 'aide_entourage']),
    schoolOrWork: known<ExitActivity>(situation.activity, ['scolarite', 'formation', 'emploi', 'cej']),
    healthCover: known<ExitHealthCover>(situation.healthCover, ['complete']),
  };
}

/**
 * The situation at exit is recorded when care ends: a file without a care end date
 * cannot carry one. Returns the problem, or null.
 */
export function exitSituationProblem(file: { careEndDate: string | null; exitSituation: ExitSituation | null }): string | null {
  if (file.exitSituation !== null && file.careEndDate === null) {
    return 'La situation à la sortie se renseigne quand la fin de prise en charge est connue.';
  }
  return null;
}
