import type { IndicatorRow, IndicatorTable } from '../api/types';

/** What a hidden cell shows on screen and in the ODPE file: the same marks (shared/domain/indicators-csv.ts). */
export const SMALL_MARK = '< 5';
export const COMPLEMENTARY_MARK = 's';

/** A cell as shown: its count, or its mark when hidden. */
export function cellText(row: Pick<IndicatorRow, 'count' | 'suppressed'>): string {
  if (row.suppressed === 'small') return SMALL_MARK;
  if (row.suppressed === 'complementary') return COMPLEMENTARY_MARK;
  return (row.count ?? 0).toLocaleString('fr-FR');
}

/** A cell in words, for a screen reader (a mark alone would be read as « inférieur à 5 » or « s »). */
export function cellSpoken(row: Pick<IndicatorRow, 'count' | 'suppressed'>): string {
  if (row.suppressed === 'small') return 'moins de 5 jeunes, nombre masqué';
  if (row.suppressed === 'complementary') return 'masqué par secret statistique';
  const count = row.count ?? 0;
  return count === 1 ? '1 jeune' : `${count.toLocaleString('fr-FR')} jeunes`;
}

/** A share in percent, French style (« 62,5 % »), or an empty string when there is none. */
export function shareText(share: number | null): string {
  return share === null ? '' : `${share.toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u202f%`;
}

/** One bar of the overview: how many of a cohort reached what the rubric measures. */
export interface OverviewRate {
  id: string;
  label: string;
  cohort: IndicatorRow;
  reached: IndicatorRow;
}

/** The overview's bars: for each rubric with a cohort, the part that was done (answered, held, signed, recorded). */
const OVERVIEW: readonly (readonly [string, string, string])[] = [
  ['sorties.cohorte', 'sorties.renseigne', 'Situation à la sortie renseignée'],
  ['suivi.cohorte', 'suivi.renseigne', 'Situation renseignée à l’entretien de suivi'],
  ['bilan19.cohorte', 'bilan19.repondu', 'Réponses au questionnaire des 19 ans'],
  ['bilan21.cohorte', 'bilan21.repondu', 'Réponses au questionnaire des 21 ans'],
  ['entretien.cohorte', 'entretien.tenu', 'Entretien pour l’autonomie tenu avant 17 ans'],
  ['projet.cohorte', 'projet.signe', 'Projet d’autonomie signé avant 18 ans'],
];

export function overviewRates(table: IndicatorTable): OverviewRate[] {
  const rows = new Map(table.sections.flatMap((section) => section.rows.map((row) => [row.id, row] as const)));
  return OVERVIEW.flatMap(([cohortId, reachedId, label]) => {
    const cohort = rows.get(cohortId);
    const reached = rows.get(reachedId);
    return cohort && reached ? [{ id: reachedId, label, cohort, reached }] : [];
  });
}

/** The years offered: this one and the five before (indicators are counted by calendar year). */
export function yearOptions(currentYear: number, count = 6): number[] {
  return Array.from({ length: count }, (_, index) => currentYear - index);
}

/** The view's words: « Tout le département » or the territory. */
export function scopeLabel(territory: string | null): string {
  return territory === null ? 'tout le département' : `territoire ${territory}`;
}
