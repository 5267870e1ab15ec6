import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { castBallot, giveFeedback } from '../api/committees';
import type { Consultation } from '../api/types';
import { useDraft } from '../ui/drafts';
import { ErrorNotice } from '../ui/notices';
import { announce } from '../ui/status';
import { ballotAnswers, ballotOutcome, ballotProblems, type Choices, FEEDBACK_MAX, mayHaveArrived } from './ballot';
import { QuestionFieldset } from './ballot-question';
import { BallotReview } from './ballot-review';
import { FeedbackField } from './feedback-field';

/** « Tu as voté »: shown instead of the ballot once the young person has voted; there is no way to vote again. */
export function VotedNotice({ takeFocus = false }: { takeFocus?: boolean }) {
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) notice.current?.focus();
  }, []);
  return (
    <div ref={notice} tabIndex={-1} class="notice notice--success">
      <p>
        <strong>Tu as voté.</strong> Ton vote est bien enregistré. Il est secret et compté une seule fois.
      </p>
    </div>
  );
}

interface BallotDraft {
  choices: Choices;
  feedback: string;
}

/** A ballot draft read back from the phone, or null when it is not one. */
function asBallotDraft(stored: unknown): BallotDraft | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { choices, feedback } = stored as Record<string, unknown>;
  if (typeof feedback !== 'string' || typeof choices !== 'object' || choices === null) return null;
  const valid = Object.values(choices).every((ids) => Array.isArray(ids) && ids.every((id) => typeof id === 'string'));
  return valid ? { choices: choices as Choices, feedback } : null;
}

/**
 * The secret ballot: answer, read the summary, confirm. The server keeps no replay record
 * of ballots, so a retry after a lost answer may meet ALREADY_VOTED: then the vote is recorded.
 */
export function VoteForm({ consultation, onVoted, onClosed }: { consultation: Consultation; onVoted: () => void; onClosed: () => void }) {
  // The answers being filled in stay on this phone only (IndexedDB, wiped at sign-out), so a
  // reload loses nothing; they leave it only in the one ballot request, once confirmed.
  const draft = useDraft<BallotDraft>(`vote:${consultation.id}`, { choices: {}, feedback: '' }, asBallotDraft);
  const { choices, feedback } = draft.value;
  const setChoices = (next: Choices) => draft.set({ ...draft.value, choices: next });
  const setFeedback = (next: string) => draft.set({ ...draft.value, feedback: next });
  const [step, setStep] = useState<'answering' | 'confirming'>('answering');
  const [problems, setProblems] = useState<ReturnType<typeof ballotProblems>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [closed, setClosed] = useState(false);
  const [sending, setSending] = useState(false);
  // Once an attempt may have reached the server, changing the answers would be misleading: the first ballot counts.
  const [uncertain, setUncertain] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const { questions } = consultation;

  function review(event: Event) {
    event.preventDefault();
    const found = ballotProblems(questions, choices, feedback);
    setProblems(found);
    if (found.answers) {
      setTimeout(() => form.current?.querySelector<HTMLElement>('fieldset input')?.focus());
      return;
    }
    if (found.feedback) {
      setTimeout(() => form.current?.querySelector<HTMLElement>('#ballot-feedback')?.focus());
      return;
    }
    setStep('confirming');
  }

  function backToAnswers() {
    setFailure(null);
    setStep('answering');
    setTimeout(() => form.current?.querySelector<HTMLElement>('fieldset input')?.focus());
  }

  async function confirm() {
    if (sending) return;
    setSending(true);
    setFailure(null);
    const text = feedback.trim();
    let error: unknown = null;
    try {
      await castBallot(consultation.committeeId, consultation.id, {
        answers: ballotAnswers(questions, choices),
        ...(text ? { feedback: text } : {}),
      });
    } catch (caught) {
      error = caught;
    }
    setSending(false);
    const outcome = ballotOutcome(error, uncertain);
    if (outcome === 'recorded' || outcome === 'alreadyVoted' || outcome === 'closed') draft.reset({ choices: {}, feedback: '' });
    if (outcome === 'recorded') {
      announce('Ton vote est bien enregistré. Merci !');
      onVoted();
    } else if (outcome === 'alreadyVoted') {
      announce('Tu avais déjà voté à cette consultation : c’est ce premier vote qui compte.');
      onVoted();
    } else if (outcome === 'closed') {
      setClosed(true);
    } else {
      if (mayHaveArrived(error)) setUncertain(true);
      setFailure(error);
    }
  }

  if (step === 'confirming') {
    return (
      <BallotReview
        questions={questions}
        choices={choices}
        feedback={feedback}
        closed={closed}
        failure={failure}
        uncertain={uncertain}
        sending={sending}
        onConfirm={confirm}
        onBack={backToAnswers}
        onClosed={onClosed}
      />
    );
  }

  const answersErrorId = problems.answers ? 'ballot-answers-error' : null;
  return (
    <>
      <section aria-labelledby="voter">
        <h2 id="voter">Voter</h2>
        <div class="notice notice--info">
          <p>
            <strong>Ton vote est secret.</strong> Personne ne peut savoir ce que tu as choisi : ni les autres membres, ni les organisateurs,
            ni l’ASE. Envol note seulement que tu as participé et ajoute tes réponses aux totaux.
          </p>
          <p>
            <strong>Tu votes une seule fois.</strong> Ton vote est compté une fois ; une fois confirmé, il ne peut plus être changé.
          </p>
          <p>Tu peux laisser une question sans réponse.</p>
        </div>
        <form ref={form} class="form" noValidate onSubmit={review}>
          {problems.answers && (
            <div class="notice notice--error" role="alert" id="ballot-answers-error">
              <p>
                <strong>Erreur : </strong>
                {problems.answers}
              </p>
            </div>
          )}
          {questions.map((question) => (
            <QuestionFieldset key={question.id} question={question} choices={choices} onChoose={setChoices} errorId={answersErrorId} />
          ))}
          <FeedbackField
            id="ballot-feedback"
            label={
              <>
                Un avis à ajouter à ton vote<span class="optional"> (facultatif)</span>
              </>
            }
            value={feedback}
            error={problems.feedback ?? null}
            onValue={setFeedback}
          />
          <button type="submit" class="button">
            Vérifier mon vote
          </button>
        </form>
      </section>
      {/* Hidden while confirming, so that the summary is all there is to read. */}
      <FeedbackOnlyForm consultation={consultation} onClosed={onClosed} />
    </>
  );
}

/** « Donner un avis sans voter »: free feedback that is not a ballot; voting stays possible afterwards. */
export function FeedbackOnlyForm({ consultation, onClosed }: { consultation: Consultation; onClosed: () => void }) {
  // Kept on this phone until sent (a reload loses nothing); sent only when the young person taps « Envoyer ».
  const draft = useDraft(`feedback:${consultation.id}`, '', (stored) => (typeof stored === 'string' ? stored : null));
  const text = draft.value;
  const setText = draft.set;
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  // How many more texts the server takes from this member (absent from an older server: no count shown).
  const [left, setLeft] = useState<number | undefined>(consultation.feedbackLeft);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const thanks = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (sent) thanks.current?.focus();
  }, [sent]);

  async function send(event: Event) {
    event.preventDefault();
    if (sending) return;
    const trimmed = text.trim();
    const problem = !trimmed
      ? 'Écris ton avis avant de l’envoyer.'
      : trimmed.length > FEEDBACK_MAX
        ? `${FEEDBACK_MAX.toLocaleString('fr-FR')} caractères au maximum.`
        : null;
    setError(problem);
    setFailure(null);
    if (problem) {
      textarea.current?.focus();
      return;
    }
    setSending(true);
    try {
      await giveFeedback(consultation.committeeId, consultation.id, { text: trimmed });
      draft.reset('');
      setSent(true);
      setLeft((current) => (current === undefined ? undefined : Math.max(0, current - 1)));
      announce('Merci, ton avis est envoyé.');
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'FEEDBACK_LIMIT_REACHED') setLeft(0);
      setFailure(caught);
    } finally {
      setSending(false);
    }
  }

  const closed = failure instanceof ApiError && failure.code === 'CONSULTATION_CLOSED';
  return (
    <section aria-labelledby="avis-sans-voter">
      <h2 id="avis-sans-voter">Donner un avis sans voter</h2>
      <p>
        Tu ne veux pas répondre aux questions, mais tu as quelque chose à dire ? Écris-le ici. Ce n’est pas un vote : tu pourras encore
        voter.
      </p>
      {left !== undefined && (
        <p class="hint">
          {left === 0
            ? 'Tu as donné tous les avis possibles pour cette consultation : merci, ils seront tous lus.'
            : `Tu peux encore donner ${left} avis à cette consultation.`}
        </p>
      )}
      {left === 0 && sent && (
        <p class="notice notice--success" ref={thanks} tabIndex={-1}>
          Merci, ton avis est envoyé. Il sera lu avec les autres avis, sans ton nom.
        </p>
      )}
      {left !== 0 && (
        <form class="form" noValidate onSubmit={send}>
          {sent && (
            <p class="notice notice--success" ref={thanks} tabIndex={-1}>
              Merci, ton avis est envoyé. Il sera lu avec les autres avis, sans ton nom.
            </p>
          )}
          {failure !== null && <ErrorNotice error={failure} retryLabel="Voir la consultation" onRetry={closed ? onClosed : undefined} />}
          <FeedbackField
            id="feedback-only"
            label="Mon avis"
            required
            textareaRef={textarea}
            value={text}
            error={error}
            onValue={(value) => {
              setText(value);
              setSent(false);
            }}
          />
          <button type="submit" class="button button--secondary" aria-busy={sending}>
            {sending ? 'Envoi…' : 'Envoyer mon avis'}
          </button>
        </form>
      )}
    </section>
  );
}
