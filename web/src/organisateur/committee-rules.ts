import type { Consultation, ConsultationStatus } from '../api/types';

/** The order an organiser reads a committee's consultations in: what is live first. */
export const STATUS_GROUPS: readonly { status: ConsultationStatus; title: string }[] = [
  { status: 'ouverte', title: 'Ouvertes' },
  { status: 'a_venir', title: 'À venir (brouillons)' },
  { status: 'fermee', title: 'Fermées' },
  { status: 'publiee', title: 'Publiées' },
];

/** The consultations by status, in STATUS_GROUPS order, the latest to open first; empty groups left out. */
export function groupConsultations(
  consultations: readonly Consultation[],
): { status: ConsultationStatus; title: string; items: Consultation[] }[] {
  return STATUS_GROUPS.map(({ status, title }) => ({
    status,
    title,
    items: consultations.filter((item) => item.status === status).sort((a, b) => b.opensAt.localeCompare(a.opensAt)),
  })).filter((group) => group.items.length > 0);
}

const FILE_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * A young person's file id as typed or pasted (spaces, lower case, the whole address of
 * the file), or null when it cannot be one.
 */
export function parseFileId(input: string): string | null {
  const lastSegment = input.trim().split('/').pop() ?? '';
  const candidate = lastSegment.replace(/\s+/g, '').toUpperCase();
  return FILE_ID.test(candidate) ? candidate : null;
}
