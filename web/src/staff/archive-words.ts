import {
  ARCHIVE_REASON_LENGTH,
  decisionReferenceNamesThePerson,
  RETENTION_YEARS_LIMITS,
  type RetentionSettings,
} from '../../../shared/domain/retention.js';
import type { ArchivedFile } from '../api/types';
import { describeDistance, formatDate } from '../lib/dates';

/**
 * What is wrong with the reason an admin gives to open (or reopen) an archived file, as the
 * server checks it (`ARCHIVE_REASON_LENGTH`, trimmed), in words that say how to fix it.
 */
export function archiveReasonError(reason: string): string | undefined {
  const length = reason.trim().length;
  if (length === 0) return 'Indiquez le motif : le jeune le lira dans « Qui a consulté mon dossier ».';
  if (length < ARCHIVE_REASON_LENGTH.min) {
    return `Le motif doit faire au moins ${ARCHIVE_REASON_LENGTH.min} caractères : précisez qui le demande et pourquoi.`;
  }
  if (length > ARCHIVE_REASON_LENGTH.max) return `Le motif doit faire au plus ${ARCHIVE_REASON_LENGTH.max} caractères.`;
  return undefined;
}

/**
 * When the intermediate period ends, in plain words: a date to come, or a decision that is
 * due (hand the file to the archives départementales, or destroy it).
 */
export function intermediatePeriodSentence(file: Pick<ArchivedFile, 'intermediateUntil' | 'decisionDue'>, today: string): string {
  if (file.decisionDue) {
    return `Terminée le ${formatDate(file.intermediateUntil)} : une décision est à prendre (versement aux archives départementales ou destruction).`;
  }
  return `Jusqu’au ${formatDate(file.intermediateUntil)} (${describeDistance(today, file.intermediateUntil)})`;
}

/** The retention settings' form as typed: whole years, as text. */
export type RetentionSettingsValues = Record<keyof RetentionSettings, string>;

/** The three durations, in the order the form asks for them. */
export const RETENTION_SETTINGS_FIELDS = ['activeYears', 'intermediateYears', 'markersYears'] as const;

/**
 * The settings to send, or what is wrong with each field: whole years within the server's
 * limits (`RETENTION_YEARS_LIMITS`), digits only (« 2,5 » or « deux » are refused, not rounded).
 */
export function parseRetentionSettings(
  values: RetentionSettingsValues,
): { settings: RetentionSettings; errors: null } | { settings: null; errors: Partial<RetentionSettingsValues> } {
  const errors: Partial<RetentionSettingsValues> = {};
  const settings = { activeYears: 0, intermediateYears: 0, markersYears: 0 };
  for (const field of RETENTION_SETTINGS_FIELDS) {
    const { min, max } = RETENTION_YEARS_LIMITS[field];
    const typed = values[field].trim();
    const years = /^\d{1,3}$/.test(typed) ? Number(typed) : Number.NaN;
    if (Number.isNaN(years) || years < min || years > max) errors[field] = `Indiquez un nombre entier d’années, de ${min} à ${max}.`;
    else settings[field] = years;
  }
  return Object.keys(errors).length > 0 ? { settings: null, errors } : { settings, errors: null };
}

/** The decision reference's length, as the server checks it (`decisionReferenceSchema`, trimmed). */
export const DECISION_REFERENCE_LENGTH = { min: 3, max: 120 } as const;

/**
 * What is wrong with the archives' decision reference typed before a hand-over or a
 * destruction: it outlives the file, so it must not quote the young person's names.
 */
export function decisionReferenceError(reference: string, names: { firstName: string; lastName: string }): string | undefined {
  const length = reference.trim().length;
  if (length === 0)
    return 'Indiquez la référence de la décision des archives départementales (visa d’élimination, bordereau de versement).';
  if (length < DECISION_REFERENCE_LENGTH.min) {
    return `La référence de la décision doit faire au moins ${DECISION_REFERENCE_LENGTH.min} caractères.`;
  }
  if (length > DECISION_REFERENCE_LENGTH.max)
    return `La référence de la décision doit faire au plus ${DECISION_REFERENCE_LENGTH.max} caractères.`;
  if (decisionReferenceNamesThePerson(reference, names)) {
    return 'Retirez le nom du jeune de la référence : elle est conservée après l’effacement du dossier. Indiquez le numéro du visa ou du bordereau.';
  }
  return undefined;
}
