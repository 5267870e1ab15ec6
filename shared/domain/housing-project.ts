/**
 * The housing project's vocabulary and the checks on what a young person or their
 * binôme enters: amounts that make sense, dates in order. Pure.
 */

export const HOUSEHOLDS = ['seul', 'couple', 'avec_enfant'] as const;

export const INCOME_SOURCES = ['salaire', 'apprentissage', 'allocation_cej', 'aide_ase', 'bourse', 'prestations_caf', 'autre'] as const;

/** Aids a young person may ask for (FSL and its ASLL support, guarantees, benefits...). */
export const HOUSING_AIDS = ['fsl', 'asll', 'visale', 'loca_pass', 'mobili_jeune', 'apl_caf', 'fonds_solvabilisation', 'autre'] as const;

/** Why a young person needs no housing solution. */
export const NOT_NEEDED_REASONS = ['retour_en_famille', 'reste_chez_assistant_familial', 'logement_autonome'] as const;

/** Above this, a monthly amount is a typing slip, not an income (euros). */
export const MAX_MONTHLY_AMOUNT = 10_000;

/** Why a monthly amount is refused, or null when it is acceptable. */
export function monthlyAmountProblem(amount: number): string | null {
  if (!Number.isFinite(amount)) return 'Montant invalide.';
  if (amount < 0) return 'Un montant ne peut pas être négatif.';
  if (amount > MAX_MONTHLY_AMOUNT) return `Un montant mensuel ne dépasse pas ${MAX_MONTHLY_AMOUNT} €.`;
  // Cents, allowing for binary floating point (19.99 * 100 is not exactly 1999).
  if (Math.abs(amount * 100 - Math.round(amount * 100)) > 1e-6) {
    return 'Deux chiffres après la virgule au plus.';
  }
  return null;
}

/**
 * Why a project's wished date is refused, or null: the date a young person hopes to
 * move cannot be before the project was started, nor more than five years ahead
 * (the young person leaves ASE support by 21).
 */
export function expectedDateProblem(expectedDate: string, startedOn: string): string | null {
  if (expectedDate < startedOn) return 'La date souhaitée ne peut pas être avant le début du projet.';
  const [year, rest] = [Number(startedOn.slice(0, 4)), startedOn.slice(4)];
  if (expectedDate > `${year + 5}${rest}`) return 'La date souhaitée est trop lointaine (5 ans au plus).';
  return null;
}

/** The solution types a département starts with; its admins edit the list. */
export const DEFAULT_SOLUTION_TYPES = [
  { id: 'fjt', label: 'Foyer de jeunes travailleurs (FJT)', emergency: false, active: true },
  { id: 'residence-sociale', label: 'Résidence sociale', emergency: false, active: true },
  { id: 'bail-glissant', label: 'Bail glissant', emergency: false, active: true },
  { id: 'logement-social', label: 'Logement social', emergency: false, active: true },
  { id: 'crous', label: 'Logement étudiant CROUS', emergency: false, active: true },
  { id: 'semi-autonomie', label: 'Semi-autonomie ou hébergement en diffus', emergency: false, active: true },
  { id: 'cllaj', label: 'Orientation CLLAJ', emergency: false, active: true },
  { id: 'famille-tiers', label: 'Retour en famille ou chez un tiers', emergency: false, active: true },
  { id: 'urgence', label: 'Hébergement d’urgence (115, SIAO urgence)', emergency: true, active: true },
] as const;

/**
 * The project as a reader may see it: the young person always sees their own; staff
 * only once it is shared (at once when staff wrote it), by any route (the file, the
 * RGPD export, the alert's "not needed").
 */
export function projectAsSeenBy<T extends { sharedAt: string | null }>(reader: { isTheYoungPerson: boolean }, project: T | null): T | null {
  if (!project) return null;
  return reader.isTheYoungPerson || project.sharedAt !== null ? project : null;
}

/**
 * Field errors of a project (`path`, `message`): wished types the département does not
 * offer and a wished date out of range. Empty when it may be saved.
 */
export function findProjectProblems(
  project: { wishedSolutionTypeIds: readonly string[]; expectedDate: string | null },
  knownTypeIds: ReadonlySet<string>,
  startedOn: string,
): { path: string; message: string }[] {
  const problems = project.wishedSolutionTypeIds.flatMap((id, index) =>
    knownTypeIds.has(id) ? [] : [{ path: `json.wishedSolutionTypeIds.${index}`, message: 'Type de solution inconnu.' }],
  );
  const dateProblem = project.expectedDate ? expectedDateProblem(project.expectedDate, startedOn) : null;
  if (dateProblem) problems.push({ path: 'json.expectedDate', message: dateProblem });
  return problems;
}

/**
 * True when the project's « pas besoin » counts as a housing solution: only once shared,
 * so that the alert means the same to the young person and to staff, and an unshared
 * project cannot reach staff even as an alert that disappears.
 */
export function isSharedNotNeeded(project: { sharedAt: string | null; notNeededReason: string | null } | null): boolean {
  return project !== null && project.sharedAt !== null && project.notNeededReason !== null;
}
