import type { Interview, InterviewDeadlines } from '../api/types';
import { describeDistance, formatDate } from '../lib/dates';
import { DEADLINE_STATUS_LABELS } from './labels';

export interface InterviewFacts {
  scheduledOn: string | null;
  heldOn: string | null;
}

/**
 * What is known of the interviews of one kind, by the server's rule for deadlines: the
 * one held if any was, else the earliest scheduled date. Null when there is none.
 */
export function interviewFacts(interviews: readonly Interview[], kind: Interview['kind']): InterviewFacts | null {
  const ofKind = interviews.filter((interview) => interview.kind === kind);
  if (ofKind.length === 0) return null;
  const held = ofKind.find((interview) => interview.heldOn);
  if (held) return { scheduledOn: held.scheduledOn, heldOn: held.heldOn };
  const scheduled = ofKind.map((interview) => interview.scheduledOn).filter((date): date is string => date !== null);
  return { scheduledOn: scheduled.sort()[0] ?? null, heldOn: null };
}

export interface EntretienWords {
  /** When it is or was, in a sentence. */
  date: string;
  /** The deadline status, short: « à planifier ». */
  status: string;
  /** What the status means for the young person. */
  explanation: string;
}

/** The entretien des 17 ans told to the young person in plain words (tu). */
export function entretienWordsForYouth(
  deadline: InterviewDeadlines['entretien17'],
  facts: InterviewFacts | null,
  today: string,
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
      explanation = 'C’est fait. Ton binôme prépare avec toi ton projet d’autonomie.';
      break;
    case 'planifie':
      explanation = `La date est fixée. L’entretien doit avoir lieu au plus tard le ${latest}.`;
      break;
    case 'en_retard':
      explanation = `L’entretien aurait dû avoir lieu au plus tard le ${latest}. Parles-en à ton binôme : c’est ton droit.`;
      break;
    default:
      explanation =
        today < deadline.opensOn
          ? `Ton binôme va te proposer une date. L’entretien peut avoir lieu entre le ${formatDate(deadline.opensOn)} et le ${latest}.`
          : `Ton binôme va te proposer une date. L’entretien doit avoir lieu au plus tard le ${latest}.`;
  }
  return { date, status: DEADLINE_STATUS_LABELS[deadline.status], explanation };
}
