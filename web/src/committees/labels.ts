import type { CommitteeKind, ConsultationStatus, FollowUpStatus } from '../api/types';
import { formatTimestamp } from '../lib/dates';

export const COMMITTEE_KIND_LABELS: Record<CommitteeKind, string> = {
  CTJ: 'Comité territorial des jeunes (CTJ)',
  CDJ: 'Comité départemental des jeunes (CDJ)',
};

export const CONSULTATION_STATUS_LABELS: Record<ConsultationStatus, string> = {
  a_venir: 'à venir (brouillon)',
  ouverte: 'ouverte',
  fermee: 'fermée',
  publiee: 'publiée',
};

export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = {
  a_l_etude: 'À l’étude',
  en_cours: 'En cours',
  realise: 'Réalisé',
  non_retenu: 'Non retenu',
};

/** French keeps the singular for 0 and 1: « 0 vote », « 1 vote », « 2 votes ». */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('fr-FR')} ${count <= 1 ? singular : plural}`;
}

/** A whole percentage of `total`, 0 when there is nothing to divide by. */
export function percentOf(count: number, total: number): number {
  return total > 0 ? Math.round((count / total) * 100) : 0;
}

/** « 58 % » with the non-breaking space French puts before the sign. */
export function percentText(percent: number): string {
  return `${percent} %`;
}

/**
 * The live participation figure of an open consultation: a count only, and the rate
 * against the committee's members. « 12 participations sur 20 membres (60 %) ».
 */
export function participationText(ballots: number, memberCount: number): string {
  const count = countOf(ballots, 'participation');
  if (memberCount <= 0) return count;
  return `${count} sur ${countOf(memberCount, 'membre')} (${percentText(percentOf(ballots, memberCount))})`;
}

/** What members said of a follow-up: counts once answers are closed and at the threshold, how many before. */
export function followUpAnswersText(
  followUp: { answersQuestion?: { yes: number; no: number } | null; answersCount?: number; answersOpen?: boolean; answersCloseAt: string },
  minBallots = 5,
): string {
  const { answersQuestion, answersCount = 0, answersOpen = false, answersCloseAt } = followUp;
  if (answersQuestion) {
    const { yes, no } = answersQuestion;
    return `${countOf(yes, 'membre')} ${yes <= 1 ? 'dit' : 'disent'} que cela répond à sa question, ${countOf(no, 'membre')} que non.`;
  }
  const closes = formatTimestamp(answersCloseAt);
  if (answersOpen) {
    const sofar = answersCount === 0 ? 'Aucune réponse pour l’instant' : countOf(answersCount, 'réponse');
    return `${sofar}. Les membres peuvent répondre jusqu’au ${closes} ; le détail sera montré ensuite, s’il y a au moins ${minBallots} réponses.`;
  }
  if (answersCount === 0) return `Aucun membre n’a dit si cette suite répond à sa question (avis clos le ${closes}).`;
  return `${countOf(answersCount, 'réponse')} : moins de ${minBallots}, le détail reste masqué pour protéger l’anonymat.`;
}

/** When the vote ended or ends: an early close, or the planned closing time (a late close changes nothing). */
export function closingTime(consultation: { closesAt: string; closedAt: string | null }): string {
  const { closesAt, closedAt } = consultation;
  return closedAt && Date.parse(closedAt) < Date.parse(closesAt) ? closedAt : closesAt;
}
