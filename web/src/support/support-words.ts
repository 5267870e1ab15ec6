import { checkSupportRequest } from '../../../shared/domain/support-decisions.js';
import type { SupportDecision, SupportRequest, SupportRequestKind, SupportRequestStatus, Youth } from '../api/types';
import { formatDate } from '../lib/dates';

/** Words for support from 18 to 21 (L222-5, 5°): « tu » for the young person, « vous » for staff. */
export type Voice = 'jeune' | 'staff';

export const KIND_LABELS: Record<Voice, Record<SupportRequestKind, string>> = {
  jeune: {
    premiere: 'Première demande : être accompagné·e après mes 18 ans',
    renouvellement: 'Renouvellement : continuer l’accompagnement qui m’a été accordé',
    retour: 'Retour : j’ai quitté l’ASE et je veux être de nouveau accompagné·e',
  },
  staff: {
    premiere: 'Première demande',
    renouvellement: 'Renouvellement',
    retour: 'Retour après une sortie de l’ASE',
  },
};

export const STATUS_LABELS: Record<SupportRequestStatus, string> = {
  en_attente: 'En attente de décision',
  accordee: 'Accordée',
  refusee: 'Refusée',
};

/** The kinds of request the rules take today, in the order the form offers them (same rules as the API). */
export function kindsOpenToday(youth: Pick<Youth, 'birthDate' | 'careEndDate'>, requests: SupportRequest[], today: string) {
  const hasGrantedSupport = requests.some((request) => request.decisions.some((decision) => decision.outcome === 'accordee'));
  const kinds: SupportRequestKind[] = ['premiere', 'renouvellement', 'retour'];
  return kinds.filter(
    (kind) => checkSupportRequest(kind, { birthDate: youth.birthDate, careEndDate: youth.careEndDate, hasGrantedSupport, today }) === null,
  );
}

/** The decision in force on a request: its latest. */
export function latestDecision(request: SupportRequest): SupportDecision | null {
  return request.decisions.at(-1) ?? null;
}

/** What a grant gives, in one sentence. */
export function grantSentence(decision: SupportDecision, voice: Voice): string {
  const from = decision.startsOn ? formatDate(decision.startsOn) : '';
  const to = decision.endsOn ? formatDate(decision.endsOn) : '';
  const extension = decision.schoolYearExtension
    ? voice === 'jeune'
      ? ', pour te permettre de finir ton année scolaire ou universitaire'
      : ', prolongé au-delà de 21 ans jusqu’à la fin de l’année scolaire ou universitaire'
    : '';
  return voice === 'jeune' ? `Tu es accompagné·e du ${from} au ${to}${extension}.` : `Accompagnement du ${from} au ${to}${extension}.`;
}

/**
 * How and by when to contest a refusal. Envol's choice, said in every notice and letter:
 * a recours gracieux to the président du conseil départemental, or a recours contentieux
 * before the tribunal administratif, within two months of the decision's notification.
 */
export function contestNotice(decision: SupportDecision, voice: Voice): string {
  const by = decision.contestBy ? formatDate(decision.contestBy) : '';
  return voice === 'jeune'
    ? `Si tu n’es pas d’accord, tu peux contester cette décision jusqu’au ${by} (deux mois) : en écrivant au président du conseil départemental (recours gracieux), ou en saisissant le tribunal administratif (recours contentieux). Ton binôme ou l’ADEPAPE peuvent t’aider à écrire.`
    : `Recours possible jusqu’au ${by} (deux mois après la notification) : recours gracieux auprès du président du conseil départemental, ou recours contentieux devant le tribunal administratif.`;
}
