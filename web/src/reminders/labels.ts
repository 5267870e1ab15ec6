import type { MessageKind } from '../../../shared/domain/reminders.js';

/** What each kind of reminder is about, as an admin reads it (« vous »): never what the message said, which is always the same. */
const KIND_LABELS: Record<MessageKind, string> = {
  interview_scheduled: 'Entretien pour l’autonomie fixé',
  interview_tomorrow: 'Entretien pour l’autonomie demain',
  plan_to_agree: 'Projet d’autonomie à lire',
  consultation_opened: 'Vote du comité ouvert',
  consultation_closes_tomorrow: 'Vote du comité qui se termine demain',
  support_decision: 'Décision sur l’accompagnement après 18 ans',
  draft_before_interview: 'Préparation encore en brouillon, une semaine avant l’entretien',
  staff_digest: 'Résumé du jour des alertes',
  help_alert: 'Alerte « J’ai besoin d’aide »',
  verification_code: 'Code de vérification',
};

/** A kind of reminder in French; an unknown kind from a newer API is shown as it comes. */
export function reminderKindLabel(kind: string): string {
  return KIND_LABELS[kind as MessageKind] ?? kind;
}

/** Why a message failed, in words, from the error code the sender kept (never an address). */
export function failureLabel(code: string | null): string {
  if (code === 'Interrupted') return 'Envoi interrompu : il est peut-être parti, il n’est pas renvoyé.';
  if (code === null) return 'Raison inconnue.';
  return `Refusé par le service d’envoi (${code}).`;
}
