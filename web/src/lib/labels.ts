import type { AuditAction } from '../api/types';
import type { KeyDateKind } from './dates';
import { roleLabel } from './role-label';

/** The young person reads their own history (tu); staff read someone's file (vous, neutral). */
export type Voice = 'jeune' | 'staff';

const ACTION_LABELS: Record<Voice, Record<AuditAction, string>> = {
  jeune: {
    'profile.create': 'a créé ton dossier',
    'profile.read': 'a consulté ton dossier',
    'profile.update': 'a modifié ton dossier',
    'binome.assign': 'a changé ton binôme (ton ou ta référent·e, ou ton ou ta coordinateur·rice)',
    'journal.read': 'a lu ton journal',
    'journal.write': 'a écrit dans ton journal',
    'note.write': 'a écrit une note réservée aux professionnel·les qui te suivent',
    'audit.read': 'a consulté l’historique des accès',
    'export.read': 'a exporté tes données',
    'interview.read': 'a consulté tes entretiens',
    'interview.write': 'a écrit dans un de tes entretiens',
    'preparation.read': 'a lu ta préparation d’entretien',
    'plan.read': 'a consulté ton projet d’autonomie',
    'plan.write': 'a modifié ton projet d’autonomie',
    'committee.join': 't’a inscrit·e à un comité des jeunes',
    'committee.search': 'a vu ton nom et ton prénom en cherchant des jeunes à inscrire à un comité des jeunes',
    'grid.read': 'a consulté ta grille d’autonomie',
    'grid.write': 'a écrit dans ta grille d’autonomie',
    'housing.read': 'a consulté ton projet logement',
    'housing.write': 'a modifié ton projet logement ou une de tes demandes',
    'housing.queue': 'a vu une de tes demandes de logement dans la liste de suivi',
    'support.read': 'a consulté tes demandes d’accompagnement après 18 ans',
    'support.request': 'a fait avec toi une demande d’accompagnement après 18 ans',
    'support.decide': 'a pris une décision sur ta demande d’accompagnement après 18 ans',
    'help.read': 'a vu tes alertes « J’ai besoin d’aide »',
    'help.acknowledge': 'a pris en compte ton alerte « J’ai besoin d’aide »',
    'alert.read': 'a consulté les rappels d’échéances de ton dossier',
    'alert.acknowledge': 'a pris en compte un rappel d’échéance de ton dossier',
    'reminders.read': 'a vu quels rappels Envol t’a envoyés (pas tes coordonnées)',
    'reminders.failures': 'a vu qu’un message d’Envol n’a pas pu te parvenir',
    'archive.open': 'a ouvert ton dossier archivé',
    'rgpdRequest.read': 'a lu tes demandes sur tes données',
    'rgpdRequest.list': 'a vu qu’une de tes demandes sur tes données attend une réponse (pas son texte)',
    'rgpdRequest.answer': 'a répondu à ta demande sur tes données',
    'rgpdRequest.extend': 'a prolongé le délai de réponse à ta demande sur tes données, en te disant pourquoi',
    'archive.reopen': 'a rouvert ton dossier archivé',
    'archive.package': 'a préparé ton dossier pour les archives départementales',
  },
  staff: {
    'profile.create': 'a créé le dossier',
    'profile.read': 'a consulté le dossier',
    'profile.update': 'a modifié le dossier',
    'binome.assign': 'a changé le binôme du jeune',
    'journal.read': 'a lu le journal',
    'journal.write': 'a écrit dans le journal',
    'note.write': 'a écrit une note entre professionnel·les',
    'audit.read': 'a consulté l’historique des accès',
    'export.read': 'a exporté les données',
    'interview.read': 'a consulté les entretiens',
    'interview.write': 'a écrit dans un entretien',
    'preparation.read': 'a lu la préparation d’entretien du jeune',
    'plan.read': 'a consulté le projet d’autonomie',
    'plan.write': 'a modifié le projet d’autonomie',
    'committee.join': 'a inscrit le jeune à un comité des jeunes',
    'committee.search': 'a vu le nom du jeune en cherchant des membres pour un comité des jeunes',
    'grid.read': 'a consulté la grille d’autonomie',
    'grid.write': 'a écrit dans la grille d’autonomie',
    'housing.read': 'a consulté le projet logement',
    'housing.write': 'a modifié le projet logement ou une demande',
    'housing.queue': 'a vu une demande de logement dans la liste de suivi',
    'support.read': 'a consulté les demandes d’accompagnement jeune majeur',
    'support.request': 'a déposé une demande d’accompagnement jeune majeur avec le jeune',
    'support.decide': 'a décidé d’une demande d’accompagnement jeune majeur',
    'help.read': 'a consulté les alertes « J’ai besoin d’aide »',
    'help.acknowledge': 'a pris en compte une alerte « J’ai besoin d’aide »',
    'alert.read': 'a consulté les alertes d’échéance',
    'alert.acknowledge': 'a pris en compte une alerte d’échéance',
    'reminders.read': 'a vu quels rappels ont été envoyés au jeune',
    'reminders.failures': 'a vu qu’un message n’a pas pu parvenir au jeune',
    'archive.open': 'a ouvert le dossier archivé',
    'rgpdRequest.read': 'a consulté les demandes RGPD',
    'rgpdRequest.list': 'a vu une demande RGPD dans la liste des demandes à traiter',
    'rgpdRequest.answer': 'a répondu à une demande RGPD',
    'rgpdRequest.extend': 'a prolongé le délai d’une demande RGPD',
    'archive.reopen': 'a rouvert le dossier archivé',
    'archive.package': 'a préparé le dossier pour les archives départementales',
  },
};

export function auditActionLabel(action: string, voice: Voice): string {
  return ACTION_LABELS[voice][action as AuditAction] ?? `a fait une action (${action})`;
}

/**
 * What a line of the young person's access log says: « a ouvert ton dossier » for a visit that
 * opened it; otherwise what was done, each action once (« a modifié ton projet d’autonomie et
 * a écrit dans ton journal »).
 */
export function accessLineLabel(line: { kind: 'visit' | 'write'; actions: readonly string[] }): string {
  if (line.kind === 'visit' && line.actions.includes('profile.read')) return 'a ouvert ton dossier';
  const labels = line.actions.map((action) => auditActionLabel(action, 'jeune'));
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} et ${labels.at(-1)}`;
}

/**
 * The reason an admin stated for opening or reopening an archived file, as the young person
 * (« Raison donnée ») or staff (« Motif ») read it under the line of the access log.
 */
export function reasonLabel(reason: string, voice: Voice): string {
  return `${voice === 'jeune' ? 'Raison donnée' : 'Motif'} : « ${reason} »`;
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
