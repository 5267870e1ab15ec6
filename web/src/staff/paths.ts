export function youthPath(id: string): string {
  return `/jeunes/${encodeURIComponent(id)}`;
}

/** The entretien pour l'autonomie (entretien des 17 ans) and projet d'autonomie of a young person. */
export function interviewPath(id: string): string {
  return `${youthPath(id)}/entretien`;
}

/** The autonomy grid of a young person: the binôme's assessment, side by side, progress, proposals. */
export function gridPath(id: string): string {
  return `${youthPath(id)}/grille`;
}

export function planPrintPath(id: string): string {
  return `${youthPath(id)}/projet/imprimer`;
}

/** The housing project and applications of a young person. */
export function housingPath(id: string): string {
  return `${youthPath(id)}/logement`;
}

/** The printable letter of a decision on support from 18 to 21. */
export function supportLetterPath(id: string, decisionId: string): string {
  return `${youthPath(id)}/accompagnement/courrier/${encodeURIComponent(decisionId)}`;
}

/** « Dossiers archivés »: the admins' list of the files in the intermediate archive. */
export const ARCHIVES_PATH = '/archives';

/** Where an admin opens one archived file, with a reason. */
export function archivedFilePath(id: string): string {
  return `${ARCHIVES_PATH}/${encodeURIComponent(id)}`;
}
