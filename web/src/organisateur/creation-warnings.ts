import type { ConsultationWarning } from '../api/types';

/**
 * What the organiser was warned of when creating a consultation (a committee smaller
 * than the anonymity threshold), kept for the tab so that the consultation's page shows
 * it after the navigation, and after a reload.
 */
const storageKey = (consultationId: string) => `envol.consultation-warnings.${consultationId}`;

export function keepCreationWarnings(consultationId: string, warnings: readonly ConsultationWarning[]): void {
  if (warnings.length === 0) return;
  try {
    sessionStorage.setItem(storageKey(consultationId), JSON.stringify(warnings.map(({ code, message }) => ({ code, message }))));
  } catch {
    // Storage full or refused: the announcement still tells the organiser once.
  }
}

export function creationWarnings(consultationId: string): ConsultationWarning[] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(storageKey(consultationId)) ?? '[]');
    return Array.isArray(stored)
      ? stored.filter(
          (item): item is ConsultationWarning => typeof item?.message === 'string' && item?.code === 'COMMITTEE_BELOW_THRESHOLD',
        )
      : [];
  } catch {
    return [];
  }
}
