import type { Consultation, ConsultationResults, FollowUp } from '../api/types';
import { formatTimestamp } from '../lib/dates';
import { countOf, FOLLOW_UP_STATUS_LABELS, percentText } from './labels';
import { resultRows } from './results';

/**
 * The counts of each question as bars. The numbers are in the text, the bar only
 * repeats them and is hidden from screen readers: nothing is said by length or colour alone.
 */
export function ResultsByQuestion({ consultation, results }: { consultation: Consultation; results: ConsultationResults }) {
  return (
    <>
      <p>
        <strong>{countOf(results.ballots, 'vote')}</strong> au total. Chaque pourcentage est calculé sur le nombre de votes.
      </p>
      {consultation.questions.map((question) => (
        <div key={question.id} class="result-question">
          <h3>{question.label}</h3>
          {question.kind === 'multiple' && <p class="hint">Plusieurs réponses possibles : le total peut dépasser 100 %.</p>}
          <ul class="results">
            {resultRows(question, results).map((row) => (
              <li key={row.id} class="result">
                <p class="result-text">
                  <span class="result-label">{row.label}</span> : {countOf(row.count, 'vote')} ({percentText(row.percent)})
                </p>
                <div class="result-bar" aria-hidden="true">
                  <span style={{ width: `${Math.min(row.percent, 100)}%` }} />
                </div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

/** Free feedback as the server gives it: shuffled, never attributed. */
export function FeedbackList({ feedback, empty }: { feedback: string[]; empty: string }) {
  if (feedback.length === 0) return <p class="empty">{empty}</p>;
  return (
    <>
      <p class="hint">Dans un ordre tiré au hasard ; aucun avis n’est relié à la personne qui l’a écrit.</p>
      <ul class="plain-list">
        {feedback.map((text, index) => (
          // Feedback has no id on purpose (nothing may identify it); the list never changes while shown.
          <li key={index}>
            <blockquote class="entry entry-text feedback">{text}</blockquote>
          </li>
        ))}
      </ul>
    </>
  );
}

/** What was done with a question: its status in words and the organisers' explanation. */
export function FollowUpSummary({ followUp }: { followUp: FollowUp }) {
  return (
    <>
      <p>
        <span class={`tag tag--follow-up tag--${followUp.status}`}>{FOLLOW_UP_STATUS_LABELS[followUp.status]}</span>{' '}
        <span class="muted">
          mis à jour le <time dateTime={followUp.updatedAt}>{formatTimestamp(followUp.updatedAt)}</time>
        </span>
      </p>
      <p class="entry-text">{followUp.text}</p>
    </>
  );
}
