import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { giveFeedback } from '../api/committees';
import type { Consultation } from '../api/types';
import { requiredTextError } from '../lib/text-rules';
import { useDraft } from '../ui/drafts';
import { CorrectionNotice, ErrorNotice } from '../ui/notices';
import { announce } from '../ui/status';
import { ballotAnswers, ballotOutcome, ballotProblems, type Choices, FEEDBACK_MAX, mayHaveArrived, sentOutcome, signedIn } from './ballot';
import { QuestionFieldset } from './ballot-question';
import { BallotReview } from './ballot-review';
import { FeedbackField } from './feedback-field';
import { forgetPendingBallot, loadPendingBallot, savePendingBallot } from './pending-ballot';
import { prepareBallot, type SendOutcome, sendBallot } from './send-ballot';

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
 * The secret ballot: answer, read the summary, confirm. Confirming asks for the member's one
 * credential (blinded, signed in), then casts the ballot with no identity after a short
 * random wait; the vote is kept on the phone until counted (pending-ballot.ts), so a cut
 * connection resumes where it stopped, here or when the page is opened again.
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
    // Nothing reached the server (or the answers could not be changed): a vote not yet signed is prepared again.
    const { sub } = signedIn();
    if (!loadPendingBallot(sub, consultation.id)?.credential) forgetPendingBallot(sub, consultation.id);
    setFailure(null);
    setStep('answering');
    setTimeout(() => form.current?.querySelector<HTMLElement>('fieldset input')?.focus());
  }

  async function confirm() {
    if (sending) return;
    setSending(true);
    setFailure(null);
    const text = feedback.trim();
    const { sub, departement } = signedIn();
    let outcome: SendOutcome | null = null;
    let error: unknown = null;
    try {
      // A vote already on its way (an earlier attempt) keeps its answers: it may have a credential.
      const pending =
        loadPendingBallot(sub, consultation.id) ??
        (await prepareBallot(consultation, departement, ballotAnswers(questions, choices), text || undefined));
      savePendingBallot(sub, pending);
      outcome = await sendBallot(sub, pending, consultation.ballotKey?.publicKey, () => announce('Envoi de ton vote…'));
    } catch (caught) {
      error = caught;
    }
    setSending(false);
    const result = outcome ? sentOutcome(outcome, uncertain) : ballotOutcome(error, uncertain);
    if (result === 'recorded' || result === 'alreadyVoted' || result === 'closed') draft.reset({ choices: {}, feedback: '' });
    if (result === 'recorded') {
      announce('Ton vote est bien enregistré. Merci !');
      onVoted();
    } else if (result === 'alreadyVoted') {
      announce('Tu avais déjà voté à cette consultation : c’est ce premier vote qui compte.');
      onVoted();
    } else if (result === 'closed') {
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
          {problems.answers && <CorrectionNotice id="ballot-answers-error" message={problems.answers} />}
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
    const problem = requiredTextError(text, FEEDBACK_MAX, 'Écris ton avis avant de l’envoyer.') ?? null;
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

/**
 * A vote left on its way on this phone (the connection was cut, the page closed): sent
 * again as soon as the page opens, from where it stopped; counted once whatever happens.
 */
export function ResumeVote({ consultation, onVoted, onClosed }: { consultation: Consultation; onVoted: () => void; onClosed: () => void }) {
  const [failure, setFailure] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const { sub } = signedIn();
    const pending = loadPendingBallot(sub, consultation.id);
    if (!pending) return;
    let current = true;
    setFailure(null);
    sendBallot(sub, pending, consultation.ballotKey?.publicKey).then(
      (outcome) => {
        if (!current) return;
        if (outcome === 'closed') {
          announce('Le vote s’est terminé avant que ton vote arrive : il n’a pas pu être compté.');
          onClosed();
          return;
        }
        announce('Ton vote est bien enregistré. Merci !');
        onVoted();
      },
      (error: unknown) => {
        if (current) setFailure(error);
      },
    );
    return () => {
      current = false;
    };
  }, [consultation.id, attempt]);

  return (
    <section aria-labelledby="envoi-vote">
      <h2 id="envoi-vote">Ton vote</h2>
      {failure === null ? (
        <p class="notice notice--info" role="status">
          Envoi de ton vote…
        </p>
      ) : (
        <ErrorNotice error={failure} retryLabel="Renvoyer mon vote" onRetry={() => setAttempt((value) => value + 1)}>
          <p>Ton vote est gardé sur ce téléphone : il sera compté une seule fois dès qu’il arrivera.</p>
        </ErrorNotice>
      )}
    </section>
  );
}

/** Whether this phone holds a vote on its way for `consultation`. */
export function hasPendingVote(consultation: Consultation): boolean {
  return loadPendingBallot(signedIn().sub, consultation.id) !== null;
}
