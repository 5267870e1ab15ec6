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
