/** The one wording of a length limit, for a hint or an error: « 2 000 caractères au maximum ». */
export function maxLengthWords(max: number): string {
  return `${max.toLocaleString('fr-FR')} caractères au maximum`;
}

/** The one wording of a text over its limit, for every form: « 2 000 caractères au maximum. » */
export function tooLongError(value: string, max: number): string | undefined {
  return value.trim().length > max ? `${maxLengthWords(max)}.` : undefined;
}

/** A text that must be written: `missing` when it is empty (spaces alone count as empty), else its length checked. */
export function requiredTextError(value: string, max: number, missing: string): string | undefined {
  return value.trim() ? tooLongError(value, max) : missing;
}
