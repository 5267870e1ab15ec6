import type { AuditAction, Role } from '../api/types';
import type { KeyDateKind } from './dates';

const ROLE_LABELS: Record<Role, string> = {
  jeune: 'jeune',
  referent: 'référent·e ASE',
  coordinateur: 'coordinateur·rice',
  organisateur: 'organisateur·rice',
  admin: 'administrateur·rice',
};

/** A role in French; an unknown role from the API is shown as it comes. */
export function roleLabel(role: string): string {
  return ROLE_LABELS[role as Role] ?? role;
}

/** The young person reads their own history (tu); staff read someone's file (vous, neutral). */
export type Voice = 'jeune' | 'staff';

const ACTION_LABELS: Record<Voice, Record<AuditAction, string>> = {
  jeune: {
    'profile.create': 'a créé ton dossier',
    'profile.read': 'a consulté ton dossier',
    'profile.update': 'a modifié ton dossier',
    'journal.read': 'a lu ton journal',
    'journal.write': 'a écrit dans ton journal',
    'audit.read': 'a consulté l’historique des accès',
    'export.read': 'a exporté tes données',
    'interview.read': 'a consulté tes entretiens',
    'interview.write': 'a écrit dans un de tes entretiens',
    'preparation.read': 'a lu ta préparation d’entretien',
    'plan.read': 'a consulté ton projet d’autonomie',
    'plan.write': 'a modifié ton projet d’autonomie',
    'committee.join': 't’a inscrit·e à un comité des jeunes',
  },
  staff: {
    'profile.create': 'a créé le dossier',
    'profile.read': 'a consulté le dossier',
    'profile.update': 'a modifié le dossier',
    'journal.read': 'a lu le journal',
    'journal.write': 'a écrit dans le journal',
    'audit.read': 'a consulté l’historique des accès',
    'export.read': 'a exporté les données',
    'interview.read': 'a consulté les entretiens',
    'interview.write': 'a écrit dans un entretien',
    'preparation.read': 'a lu la préparation d’entretien du jeune',
    'plan.read': 'a consulté le projet d’autonomie',
    'plan.write': 'a modifié le projet d’autonomie',
    'committee.join': 'a inscrit le jeune à un comité des jeunes',
  },
};

export function auditActionLabel(action: string, voice: Voice): string {
  return ACTION_LABELS[voice][action as AuditAction] ?? `a fait une action (${action})`;
}

/** « Camille Martin (référent·e ASE) », or the role alone when the name is unknown. */
export function personLabel(name: string | null, role: string): string {
  return name ? `${name} (${roleLabel(role)})` : `Un·e ${roleLabel(role)}`;
}

export const KEY_DATE_LABELS: Record<Voice, Record<KeyDateKind, string>> = {
  jeune: {
    age16: 'Mes 16 ans',
    age17: 'Mes 17 ans',
    age18: 'Mes 18 ans',
    age21: 'Mes 21 ans',
    careEnd: 'Fin de ma prise en charge',
  },
  staff: {
    age16: '16 ans',
    age17: '17 ans',
    age18: '18 ans',
    age21: '21 ans',
    careEnd: 'Fin de prise en charge',
  },
};
