import { type InterviewFacts, interviewFacts } from '../../../shared/domain/interview-facts.js';
import type { InterviewDeadlines } from '../api/types';
import { describeDistance, formatDate } from '../lib/dates';
import { DEADLINE_STATUS_LABELS } from './labels';

// One rule for the API's deadlines and these words: it lives in shared/domain.
export { type InterviewFacts, interviewFacts };

export interface EntretienWords {
  /** When it is or was, in a sentence. */
  date: string;
  /** The deadline status, short: « à planifier ». */
  status: string;
  /** What the status means for the young person. */
  explanation: string;
}

/** The entretien pour l'autonomie (entretien des 17 ans) told to the young person in plain words (tu). */
export function entretienWordsForYouth(
  deadline: InterviewDeadlines['entretien17'],
  facts: InterviewFacts | null,
  today: string,
  planStatus: 'brouillon' | 'propose' | 'signe' | 'modification_demandee' | null = null,
): EntretienWords {
  let date: string;
  if (facts?.heldOn) date = `Ton entretien a eu lieu le ${formatDate(facts.heldOn)}.`;
  else if (facts?.scheduledOn && facts.scheduledOn >= today) {
    date = `Ton entretien est prévu le ${formatDate(facts.scheduledOn)} (${describeDistance(today, facts.scheduledOn)}).`;
  } else if (facts?.scheduledOn) date = `Ton entretien était prévu le ${formatDate(facts.scheduledOn)}.`;
  else date = 'La date de ton entretien n’est pas encore fixée.';

  const latest = formatDate(deadline.target);
  let explanation: string;
  switch (deadline.status) {
    case 'realise':
      // Once held, the words follow the plan: being written, waiting for the young person, signed.
      explanation =
        planStatus === 'signe'
          ? 'C’est fait, et tu as signé ton projet d’autonomie.'
          : planStatus === 'propose'
            ? 'C’est fait. Ton projet d’autonomie t’attend : lis-le et dis si tu es d’accord.'
            : planStatus === 'modification_demandee'
              ? 'C’est fait. Ton binôme revoit ton projet d’autonomie avec ce que tu as demandé.'
              : 'C’est fait. Ton binôme prépare avec toi ton projet d’autonomie.';
      break;
    case 'planifie':
      explanation = `La date est fixée. L’entretien doit avoir lieu au plus tard le ${latest}.`;
      break;
    case 'en_retard':
      explanation = `L’entretien aurait dû avoir lieu au plus tard le ${latest}. Parles-en à ton binôme : c’est ton droit.`;
      break;
    case 'sans_objet':
      explanation = 'Ta prise en charge par l’ASE s’est terminée avant la date de l’entretien : il n’a plus lieu d’être.';
      break;
    default:
      explanation =
        today < deadline.opensOn
          ? `Ton binôme va te proposer une date. L’entretien peut avoir lieu entre le ${formatDate(deadline.opensOn)} et le ${latest}.`
          : `Ton binôme va te proposer une date. L’entretien doit avoir lieu au plus tard le ${latest}.`;
  }
  return { date, status: DEADLINE_STATUS_LABELS[deadline.status], explanation };
}
