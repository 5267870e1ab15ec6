import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { getResults } from '../api/committees';
import type { Consultation, FollowUp } from '../api/types';
import { FeedbackList, FollowUpSummary, ResultsByQuestion } from '../committees/results-view';
import { formatTimestamp } from '../lib/dates';
import { ErrorNotice, Loading } from '../ui/notices';
import { useAsync } from '../ui/use-async';
import { signedIn } from './ballot';
import { loadPendingFollowUpAnswer, savePendingFollowUpAnswer } from './pending-ballot';
import { type AnswerOutcome, prepareFollowUpAnswer, sendFollowUpAnswer } from './send-follow-up-answer';

/** A published consultation, for its members: the results, the feedback and what was done. */
export function PublishedConsultation({ consultation }: { consultation: Consultation }) {
  const results = useAsync((signal) => getResults(consultation.committeeId, consultation.id, signal), [consultation.id]);
  return (
    <>
      <section aria-labelledby="resultats">
        <h2 id="resultats">Résultats</h2>
        {results.state.status === 'loading' && <Loading text="Chargement des résultats…" />}
        {results.state.status === 'failed' && <ErrorNotice error={results.state.error} onRetry={results.reload} />}
        {results.state.status === 'ready' &&
          (results.state.data.withheld ? (
            <p class="notice notice--info">
              Trop peu de membres ont voté : les résultats restent masqués pour que personne ne puisse deviner le vote des autres.
            </p>
          ) : (
            <ResultsByQuestion consultation={consultation} results={results.state.data} />
          ))}
      </section>
      {results.state.status === 'ready' && !results.state.data.withheld && (
        <section aria-labelledby="avis">
          <h2 id="avis">Les avis des membres</h2>
          <FeedbackList feedback={results.state.data.feedback ?? []} empty="Aucun avis n’a été donné." />
        </section>
      )}
      <section aria-labelledby="ce-qui-a-ete-fait">
        <h2 id="ce-qui-a-ete-fait">Ce qui a été fait</h2>
        {consultation.followUps.length === 0 ? (
          <p class="empty">Les organisateurs n’ont pas encore dit ce qui a été fait de vos réponses. Reviens bientôt.</p>
        ) : (
          <ul class="plain-list">
            {consultation.questions.map((question) => {
              const followUp = consultation.followUps.find((item) => item.questionId === question.id);
              return followUp ? (
                <li key={question.id}>
                  <article class="card">
                    <h3 class="card-title">{question.label}</h3>
                    <FollowUpSummary followUp={followUp} />
                    <FollowUpAnswer consultation={consultation} followUp={followUp} />
                  </article>
                </li>
              ) : null;
            })}
          </ul>
        )}
      </section>
    </>
  );
}

type AnswerPhase = 'asking' | 'sending' | 'answered' | 'alreadyAnswered' | 'closed';

const PHASE_OF_OUTCOME: Record<AnswerOutcome, AnswerPhase> = {
  recorded: 'answered',
  alreadyAnswered: 'alreadyAnswered',
  closed: 'closed',
};

/**
 * « Est-ce que cela répond à ta question ? »: once, anonymously, in two steps as a vote
 * (send-follow-up-answer.ts). The answer stays on the phone until it is counted: an
 * interrupted one is sent again when the page comes back.
 */
function FollowUpAnswer({ consultation, followUp }: { consultation: Consultation; followUp: FollowUp }) {
  const pendingAtStart = () => loadPendingFollowUpAnswer(signedIn().sub, consultation.id, followUp.questionId);
  const [phase, setPhase] = useState<AnswerPhase>(() =>
    pendingAtStart() ? 'sending' : followUp.hasAnswered ? 'alreadyAnswered' : followUp.answersOpen === false ? 'closed' : 'asking',
  );
  const [failure, setFailure] = useState<unknown>(null);
  const thanks = useRef<HTMLParagraphElement>(null);
  const hintId = `suite-${followUp.questionId}-hint`;

  useEffect(() => {
    if (phase === 'answered' || phase === 'alreadyAnswered') thanks.current?.focus();
  }, [phase]);

  async function send(pending: NonNullable<ReturnType<typeof pendingAtStart>>) {
    setPhase('sending');
    setFailure(null);
    try {
      setPhase(PHASE_OF_OUTCOME[await sendFollowUpAnswer(signedIn().sub, pending, followUp.answerKey?.publicKey)]);
    } catch (error) {
      // Kept on the phone: the same answer leaves again with the next tap or visit.
      setFailure(error);
      setPhase('asking');
    }
  }

  // An answer cut off (network, closed tab) resumes where it stopped.
  useEffect(() => {
    const pending = pendingAtStart();
    if (pending) void send(pending);
  }, [consultation.id, followUp.questionId]);

  async function answer(answersMyQuestion: boolean) {
    if (phase !== 'asking') return;
    setPhase('sending');
    setFailure(null);
    const { sub, departement } = signedIn();
    let pending = pendingAtStart();
    try {
      pending ??= await prepareFollowUpAnswer(consultation, followUp, departement, answersMyQuestion);
    } catch (error) {
      const closed = error instanceof ApiError && error.code === 'FOLLOW_UP_ANSWERS_CLOSED';
      setFailure(closed ? null : error);
      setPhase(closed ? 'closed' : 'asking');
      return;
    }
    savePendingFollowUpAnswer(sub, pending);
    await send(pending);
  }

  if (phase === 'closed') {
    return <p class="muted">Les avis sur cette suite sont clos depuis le {formatTimestamp(followUp.answersCloseAt)}.</p>;
  }
  if (phase === 'answered' || phase === 'alreadyAnswered') {
    return (
      <p class="notice notice--success" ref={thanks} tabIndex={-1}>
        {phase === 'answered' ? 'Merci, ton avis est compté.' : 'Tu as déjà répondu pour cette suite : ton avis est compté.'}
      </p>
    );
  }
  return (
    <fieldset class="follow-up-answer" aria-describedby={hintId}>
      <legend class="question-legend">Est-ce que cela répond à ta question ?</legend>
      <p class="hint" id={hintId}>
        Tu peux répondre jusqu’au {formatTimestamp(followUp.answersCloseAt)}. Ta réponse est anonyme et ne compte qu’une fois.
      </p>
      {failure !== null && <ErrorNotice error={failure} />}
      <div class="form-actions">
        <button type="button" class="button button--secondary" aria-busy={phase === 'sending'} onClick={() => answer(true)}>
          Oui
        </button>
        <button type="button" class="button button--secondary" aria-busy={phase === 'sending'} onClick={() => answer(false)}>
          Non
        </button>
      </div>
    </fieldset>
  );
}
