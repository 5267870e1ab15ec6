export function youthPath(id: string): string {
  return `/jeunes/${encodeURIComponent(id)}`;
}

/** The entretien des 17 ans and projet d'autonomie of a young person. */
export function interviewPath(id: string): string {
  return `${youthPath(id)}/entretien`;
}

export function planPrintPath(id: string): string {
  return `${youthPath(id)}/projet/imprimer`;
}

/** The housing project and applications of a young person. */
export function housingPath(id: string): string {
  return `${youthPath(id)}/logement`;
}
