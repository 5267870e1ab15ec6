import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { castBallot, giveFeedback } from '../api/committees';
import type { Consultation, ConsultationQuestion } from '../api/types';
import { ErrorNotice } from '../ui/notices';
import { announce } from '../ui/status';
import { ballotAnswers, ballotOutcome, ballotProblems, ballotSummary, type Choices, choose, FEEDBACK_MAX, mayHaveArrived } from './ballot';

const ANONYMITY_WARNING = 'Ton avis est anonyme, mais évite d’écrire ce qui permettrait de te reconnaître';

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

/** The warning every free-text field of a vote carries: the text itself may give its author away. */
function AnonymityWarning({ id }: { id: string }) {
  return (
    <p class="notice notice--warning feedback-warning" id={id}>
      <strong>Attention : </strong>
      {ANONYMITY_WARNING} (ton prénom, ton foyer, ta famille d’accueil, une histoire que d’autres connaissent).
    </p>
  );
}

function QuestionFieldset({
  question,
  choices,
  onChoose,
  errorId,
}: {
  question: ConsultationQuestion;
  choices: Choices;
  onChoose: (choices: Choices) => void;
  errorId: string | null;
}) {
  const hintId = `question-${question.id}-hint`;
  const type = question.kind === 'single' ? 'radio' : 'checkbox';
  return (
    <fieldset class="ballot-question" aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}>
      <legend class="question-legend">{question.label}</legend>
      <p class="hint" id={hintId}>
        {question.kind === 'single' ? 'Un seul choix.' : 'Plusieurs choix possibles.'}
      </p>
      {question.options.map((option) => {
        const id = `question-${question.id}-${option.id}`;
        return (
          <div key={option.id} class="field--radio">
            <input
              type={type}
              id={id}
              name={`question-${question.id}`}
              checked={choices[question.id]?.includes(option.id) ?? false}
              onChange={(event) => onChoose(choose(choices, question, option.id, event.currentTarget.checked))}
            />
            <label for={id}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/**
 * The secret ballot: answer, read the summary, confirm. The server keeps no replay record
 * of ballots, so a retry after a lost answer may meet ALREADY_VOTED: then the vote is recorded.
 */
export function VoteForm({ consultation, onVoted, onClosed }: { consultation: Consultation; onVoted: () => void; onClosed: () => void }) {
  const [choices, setChoices] = useState<Choices>({});
  const [feedback, setFeedback] = useState('');
  const [step, setStep] = useState<'answering' | 'confirming'>('answering');
  const [problems, setProblems] = useState<ReturnType<typeof ballotProblems>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [closed, setClosed] = useState(false);
  const [sending, setSending] = useState(false);
  // Once an attempt may have reached the server, changing the answers would be misleading: the first ballot counts.
  const [uncertain, setUncertain] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const { questions } = consultation;

  useEffect(() => {
    if (step === 'confirming') summaryHeading.current?.focus();
  }, [step]);

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
    if (outcome === 'recorded') {
      announce('Ton vote est bien enregistré. Merci !');
      onVoted();
    } else if (outcome === 'alreadyVoted') {
      announce('Tu avais déjà voté à cette consultation : c’est ce premier vote qui compte.');
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
      <section aria-labelledby="verifier-mon-vote">
        <h2 id="verifier-mon-vote" ref={summaryHeading} tabIndex={-1}>
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
              <strong>Attention : </strong>Le vote vient de se terminer : ton vote n’a pas pu être pris en compte.
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
                {uncertain && <p>Ton vote est peut-être déjà arrivé. Réessaie : si c’est le cas, Envol te le confirmera.</p>}
              </ErrorNotice>
            )}
            <div class="form-actions">
              <button type="button" class="button" aria-busy={sending} onClick={confirm}>
                {sending ? 'Envoi de ton vote…' : failure !== null ? 'Réessayer d’envoyer mon vote' : 'Confirmer mon vote'}
              </button>
              {!uncertain && (
                <button type="button" class="button button--secondary" onClick={backToAnswers}>
                  Modifier mes réponses
                </button>
              )}
            </div>
          </>
        )}
      </section>
    );
  }

  const answersErrorId = problems.answers ? 'ballot-answers-error' : null;
  return (
    <>
      <section aria-labelledby="voter">
        <h2 id="voter">Voter</h2>
        <div class="notice notice--info">
          <p>
            <strong>Ton vote est secret.</strong> Personne ne peut savoir ce que tu as choisi : ni les autres membres, ni les organisateurs,
            ni l’ASE. Envol note seulement que tu as participé et ajoute tes réponses aux totaux.
          </p>
          <p>
            <strong>Tu votes une seule fois.</strong> Ton vote est compté une fois ; une fois confirmé, il ne peut plus être changé.
          </p>
          <p>Tu peux laisser une question sans réponse.</p>
        </div>
        <form ref={form} class="form" noValidate onSubmit={review}>
          {problems.answers && (
            <div class="notice notice--error" role="alert" id="ballot-answers-error">
              <p>
                <strong>Erreur : </strong>
                {problems.answers}
              </p>
            </div>
          )}
          {questions.map((question) => (
            <QuestionFieldset key={question.id} question={question} choices={choices} onChoose={setChoices} errorId={answersErrorId} />
          ))}
          <div class={problems.feedback ? 'field field--error' : 'field'}>
            <label for="ballot-feedback">
              Un avis à ajouter à ton vote<span class="optional"> (facultatif)</span>
            </label>
            <AnonymityWarning id="ballot-feedback-warning" />
            {problems.feedback && (
              <p class="field-error" id="ballot-feedback-error">
                Erreur : {problems.feedback}
              </p>
            )}
            <textarea
              id="ballot-feedback"
              rows={4}
              maxLength={FEEDBACK_MAX}
              value={feedback}
              aria-invalid={problems.feedback ? true : undefined}
              aria-describedby={problems.feedback ? 'ballot-feedback-warning ballot-feedback-error' : 'ballot-feedback-warning'}
              onInput={(event) => setFeedback(event.currentTarget.value)}
            />
          </div>
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
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
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
      setText('');
      setSent(true);
      announce('Merci, ton avis est envoyé.');
    } catch (caught) {
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
        Tu ne veux pas répondre aux questions, mais tu as quelque chose à dire ? Écris-le ici. Ce n’est pas un vote : tu pourras encore
        voter.
      </p>
      <form class="form" noValidate onSubmit={send}>
        {sent && (
          <p class="notice notice--success" ref={thanks} tabIndex={-1}>
            Merci, ton avis est envoyé. Il sera lu avec les autres avis, sans ton nom.
          </p>
        )}
        {failure !== null && <ErrorNotice error={failure} retryLabel="Voir la consultation" onRetry={closed ? onClosed : undefined} />}
        <div class={error ? 'field field--error' : 'field'}>
          <label for="feedback-only">Mon avis</label>
          <AnonymityWarning id="feedback-only-warning" />
          {error && (
            <p class="field-error" id="feedback-only-error">
              Erreur : {error}
            </p>
          )}
          <textarea
            ref={textarea}
            id="feedback-only"
            rows={4}
            maxLength={FEEDBACK_MAX}
            required
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'feedback-only-warning feedback-only-error' : 'feedback-only-warning'}
            onInput={(event) => {
              setText(event.currentTarget.value);
              setSent(false);
            }}
          />
        </div>
        <button type="submit" class="button button--secondary" aria-busy={sending}>
          {sending ? 'Envoi…' : 'Envoyer mon avis'}
        </button>
      </form>
    </section>
  );
}
