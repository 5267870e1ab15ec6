import type { RgpdRequestKind, RgpdRequestStatus } from '../api/types';
import { formatDate } from '../lib/dates';

/** The young person's and staff's words for requests about one's data (RGPD arts. 15–21). */

export const RGPD_KIND_ORDER: readonly RgpdRequestKind[] = ['acces', 'rectification', 'effacement', 'limitation', 'opposition'];

/** What the young person asks for, in « tu » and plain words. */
export const KIND_LABELS_JEUNE: Record<RgpdRequestKind, string> = {
  acces: 'Voir toutes mes données',
  rectification: 'Corriger une information fausse',
  effacement: 'Effacer mes données',
  limitation: 'Bloquer l’utilisation de mes données pendant une vérification',
  opposition: 'Refuser une utilisation de mes données',
};

/** What each kind means for the young person, shown under its choice. */
export const KIND_HINTS_JEUNE: Record<RgpdRequestKind, string> = {
  acces:
    'Tu peux déjà lire toutes tes données tout de suite, dans « Voir mes données ». Ta demande est quand même notée et le Département te répond.',
  rectification: 'Dis ce qui est faux et ce qui serait juste. Ton binôme ou le Département corrige, ou t’explique pourquoi.',
  effacement:
    'Ton dossier sert à une mission de service public, la protection de l’enfance : la loi ne permet pas toujours de l’effacer (RGPD, article 17.3.b). Il est gardé un temps, puis archivé. Ta demande est quand même étudiée, et on t’explique la réponse.',
  limitation: 'Par exemple, le temps de vérifier une information que tu contestes : elle est gardée mais plus utilisée.',
  opposition: 'Dis à quelle utilisation de tes données tu t’opposes, et pourquoi.',
};

/** Staff read the same kinds in the words of the regulation. */
export const KIND_LABELS_STAFF: Record<RgpdRequestKind, string> = {
  acces: 'Accès (art. 15)',
  rectification: 'Rectification (art. 16)',
  effacement: 'Effacement (art. 17)',
  limitation: 'Limitation du traitement (art. 18)',
  opposition: 'Opposition (art. 21)',
};

export const STATUS_LABELS: Record<'jeune' | 'staff', Record<RgpdRequestStatus, string>> = {
  jeune: {
    en_attente: 'En attente de réponse',
    acceptee: 'Acceptée, en cours',
    refusee: 'Refusée',
    traitee: 'Faite',
  },
  staff: {
    en_attente: 'En attente de réponse',
    acceptee: 'Acceptée, à mettre en œuvre',
    refusee: 'Refusée',
    traitee: 'Traitée',
  },
};

/** When the answer is due, and whether it is late, in one sentence. */
export function dueSentence(
  request: { dueOn: string; late: boolean; status: RgpdRequestStatus; extension?: unknown; extended?: boolean },
  voice: 'jeune' | 'staff',
): string {
  if (request.status === 'refusee' || request.status === 'traitee') return '';
  if (request.late) return `Réponse en retard : elle était due le ${formatDate(request.dueOn)}.`;
  if (voice === 'jeune') return `Tu auras une réponse au plus tard le ${formatDate(request.dueOn)}.`;
  const delay = request.extension || request.extended ? 'délai prolongé de deux mois' : 'un mois';
  return `Réponse due au plus tard le ${formatDate(request.dueOn)} (${delay}, RGPD art. 12.3).`;
}

/** « Mon suivi »: the young person's open requests in one line, dates only. */
export function caseloadRgpdSentence(requests: readonly { dueOn: string; late: boolean }[]): string | null {
  if (requests.length === 0) return null;
  const first = requests[0] as { dueOn: string; late: boolean };
  const count = requests.length === 1 ? '1 demande RGPD' : `${requests.length} demandes RGPD`;
  return first.late
    ? `${count} à traiter, en retard depuis le ${formatDate(first.dueOn)}`
    : `${count} à traiter, réponse due le ${formatDate(first.dueOn)}`;
}
