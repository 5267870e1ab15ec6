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
