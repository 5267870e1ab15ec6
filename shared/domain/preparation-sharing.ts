/**
 * Who may read the answers of the preparation questionnaire. The young person fills it
 * in at their own pace; staff see nothing of it until the young person shares it, by
 * any route (the preparation page, the RGPD export, anything that reads it later).
 */
export interface StoredPreparation {
  answers: Record<string, string>;
  sharedAt: string | null;
  updatedAt: string | null;
}

export interface PreparationAsSeen {
  /** Null to staff until shared: they cannot even tell which questions were answered. */
  answers: Record<string, string> | null;
  sharedAt: string | null;
  /** Null to staff until shared: the time of a draft save tells about the draft. */
  updatedAt: string | null;
}

/** The young person always reads their own answers; anyone else only once they are shared. */
export function preparationAsSeenBy(reader: { isTheYoungPerson: boolean }, stored: StoredPreparation | null): PreparationAsSeen {
  const sharedAt = stored?.sharedAt ?? null;
  const mayReadAnswers = reader.isTheYoungPerson || sharedAt !== null;
  return {
    answers: mayReadAnswers ? (stored?.answers ?? {}) : null,
    sharedAt,
    updatedAt: mayReadAnswers ? (stored?.updatedAt ?? null) : null,
  };
}
