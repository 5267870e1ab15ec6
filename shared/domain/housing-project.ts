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
