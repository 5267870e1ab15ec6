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

/** The printable letter of a decision on support from 18 to 21. */
export function supportLetterPath(id: string, decisionId: string): string {
  return `${youthPath(id)}/accompagnement/courrier/${encodeURIComponent(decisionId)}`;
}
