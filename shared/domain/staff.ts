import type { ErrorDetail } from './errors.js';

/** The roles a staff account of the directory can hold (young people are never staff). */
export const STAFF_DIRECTORY_ROLES = ['referent', 'coordinateur', 'organisateur', 'admin'] as const;
export type StaffRole = (typeof STAFF_DIRECTORY_ROLES)[number];

/** How a staff member is addressed, so that the young person reads « ta référente » or « ton référent ». */
export const CIVILITIES = ['madame', 'monsieur'] as const;
export type Civility = (typeof CIVILITIES)[number];

/** What the binôme rule needs to know about a staff account of the directory. */
export interface StaffRef {
  sub: string;
  role: StaffRole;
}

/** The label of the binôme's second member when the département has not set its own. */
export const DEFAULT_SECOND_MEMBER_LABEL = 'Coordonnateur ASE en mission locale';

/**
 * What is wrong with a binôme about to be written: each id must be a known staff account of
 * the département (`found`, null when the directory has no such account) with the role its
 * place needs. Only the ids being set are checked, so a file created before the directory
 * existed keeps working until its binôme changes. Empty when the binôme is valid.
 */
export function binomeStaffProblems(
  wanted: { referentId?: string | undefined; coordinateurId?: string | undefined },
  found: { referent?: StaffRef | null; coordinateur?: StaffRef | null },
): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const check = (field: 'referentId' | 'coordinateurId', role: StaffRole, staff: StaffRef | null | undefined, label: string) => {
    if (wanted[field] === undefined) return;
    if (!staff) problems.push({ path: `json.${field}`, message: `Aucun compte du personnel n’a cet identifiant : choisissez ${label}.` });
    else if (staff.role !== role) problems.push({ path: `json.${field}`, message: `Ce compte n’est pas ${label}.` });
  };
  check('referentId', 'referent', found.referent, 'un·e référent·e ASE du département');
  check('coordinateurId', 'coordinateur', found.coordinateur, 'un·e coordinateur·rice du département');
  return problems;
}
