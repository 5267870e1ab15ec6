import type { HelpReason } from '../../../shared/domain/help.js';
import type { Caseload, CaseloadDeadline, OpenDeadlineAlert } from '../api/types';
import { formatDate } from '../lib/dates';

const DEADLINE_LABELS: Record<CaseloadDeadline['kind'], string> = {
  entretien17: 'Entretien pour l’autonomie',
  suivi: 'Entretien de suivi (6 mois après la sortie)',
  planReview: 'Révision du projet d’autonomie',
  careEnd: 'Fin de prise en charge',
  age18: '18 ans',
  age21: '21 ans',
};

export function deadlineLabel(kind: CaseloadDeadline['kind']): string {
  return DEADLINE_LABELS[kind];
}

/** « Vous suivez 4 jeunes dans Envol et 20 situations hors d’Envol : 24 pour un plafond de 25 (première année). » */
export function caseloadCountSentence(count: Caseload['count']): string {
  const young = count.inEnvol === 1 ? '1 jeune' : `${count.inEnvol} jeunes`;
  const outside = count.outside === 1 ? '1 situation' : `${count.outside} situations`;
  const base = `Vous suivez ${young} dans Envol et ${outside} hors d’Envol, soit ${count.total}`;
  if (count.cap === null) return `${base}.`;
  const cap = `${base} pour un plafond de ${count.cap}${count.firstYear ? ' (première année après la prise de poste)' : ''}`;
  return count.overCap ? `${cap} : le plafond est dépassé de ${count.total - count.cap}.` : `${cap}.`;
}

/** « 2 actions en retard », « 1 action à faire dans les 30 jours », or null when there is none. */
export function actionsSentence(count: number, what: 'late' | 'soon'): string | null {
  if (count === 0) return null;
  const actions = count === 1 ? '1 action du projet' : `${count} actions du projet`;
  return what === 'late' ? `${actions} en retard` : `${actions} à faire dans les 30 jours`;
}

const HELP_REASON_LABELS: Record<HelpReason, string> = {
  pas_en_securite: 'Ne se sent pas en sécurité',
  pas_ou_dormir: 'N’a pas où dormir ce soir',
  besoin_de_parler: 'A besoin de parler',
};

/** What the young person tapped, for staff. */
export function helpReasonLabel(reason: HelpReason): string {
  return HELP_REASON_LABELS[reason];
}

/** « 1 alerte « J’ai besoin d’aide » en attente », or null when none waits. */
export function openHelpSentence(count: number): string | null {
  if (count === 0) return null;
  return count === 1 ? '1 alerte « J’ai besoin d’aide » en attente' : `${count} alertes « J’ai besoin d’aide » en attente`;
}

/** « Bientôt : 18 ans, le 9 décembre 2026 », « En retard : Entretien pour l’autonomie, dû le 26 novembre 2026 ». */
export function deadlineAlertSentence(alert: Pick<OpenDeadlineAlert, 'kind' | 'dueOn' | 'stage'>): string {
  const what = deadlineLabel(alert.kind);
  return alert.stage === 'en_retard'
    ? `En retard : ${what}, dû le ${formatDate(alert.dueOn)}`
    : `Bientôt : ${what}, le ${formatDate(alert.dueOn)}`;
}

/** The state of a calendar line on `today`, in a word or two. */
export function calendarLineState(line: { dueOn: string; done: boolean; lapsesOn: string | null }, today: string): string {
  if (line.done) return 'Fait';
  if (line.lapsesOn !== null && today >= line.lapsesOn) return 'Sans objet';
  return line.dueOn < today ? 'Passé' : 'À venir';
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** « décembre 2026 » for `2026-12`. */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-');
  return `${MONTHS[Number(number) - 1] ?? month} ${year}`;
}

/** The month before or after `month` (`YYYY-MM`). */
export function shiftMonth(month: string, by: number): string {
  const [year = 0, number = 1] = month.split('-').map(Number);
  const index = year * 12 + (number - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
