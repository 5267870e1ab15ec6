import { useEffect, useRef } from 'preact/hooks';
import type { ConsultationQuestion } from '../api/types';
import { ErrorNotice } from '../ui/notices';
import { ballotSummary, type Choices } from './ballot';

/**
 * « Vérifie ton vote »: the answers as they will be counted, then confirm. After a failure
 * that may have reached the server (`uncertain`), the answers can no longer be changed:
 * the first ballot counts, so only a retry of the same one is offered.
 */
export function BallotReview({
  questions,
  choices,
  feedback,
  closed,
  failure,
  uncertain,
  sending,
  onConfirm,
  onBack,
  onClosed,
}: {
  questions: readonly ConsultationQuestion[];
  choices: Choices;
  feedback: string;
  /** The vote ended before this ballot arrived. */
  closed: boolean;
  failure: unknown;
  uncertain: boolean;
  sending: boolean;
  onConfirm: () => void;
  onBack: () => void;
  onClosed: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section aria-labelledby="verifier-mon-vote">
      <h2 id="verifier-mon-vote" ref={heading} tabIndex={-1}>
        Vérifie ton vote
      </h2>
      <div class="answers">
        <dl class="details">
          {ballotSummary(questions, choices).map((item) => (
            <div key={item.id}>
              <dt>{item.label}</dt>
              <dd>{item.answers.length > 0 ? item.answers.join(', ') : 'Pas de réponse'}</dd>
            </div>
          ))}
          <div>
            <dt>Ton avis</dt>
            <dd class="entry-text">{feedback.trim() || 'Pas d’avis'}</dd>
          </div>
        </dl>
      </div>
      {closed ? (
        <div class="notice notice--warning" role="alert">
          <p>
            <strong>Attention : </strong>Le vote vient de se terminer : ton vote n’a pas pu être pris en compte.
          </p>
          <button type="button" class="button button--secondary" onClick={onClosed}>
            Voir la consultation
          </button>
        </div>
      ) : (
        <>
          <p>Une fois confirmé, ton vote est compté et ne peut plus être changé.</p>
          {failure !== null && (
            <ErrorNotice error={failure}>
              {uncertain && <p>Ton vote est peut-être déjà arrivé. Réessaie : si c’est le cas, Envol te le confirmera.</p>}
            </ErrorNotice>
          )}
          <div class="form-actions">
            <button type="button" class="button" aria-busy={sending} onClick={onConfirm}>
              {sending ? 'Envoi de ton vote…' : failure !== null ? 'Réessayer d’envoyer mon vote' : 'Confirmer mon vote'}
            </button>
            {!uncertain && (
              <button type="button" class="button button--secondary" onClick={onBack}>
                Modifier mes réponses
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
