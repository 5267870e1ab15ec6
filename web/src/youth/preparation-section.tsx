import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { preparationAnswersRequest, sharePreparation } from '../api/interviews';
import type { Preparation, PreparationQuestion } from '../api/types';
import { domainLabel, groupByDomain } from '../interviews/labels';
import type { AnswerAutosave } from '../lib/answer-autosave';
import { formatTimestamp } from '../lib/dates';
import { useAutosavedDraft } from '../ui/autosaved-draft';
import { KeptOnPhone } from '../ui/drafts';
import { SendFailureNotice } from '../ui/kept-notice';
import { CorrectionNotice, ErrorNotice } from '../ui/notices';
import { announce } from '../ui/status';

/** Long enough not to save on every key, short enough that closing the app loses little. */
const SAVE_DELAY_MS = 1200;
const ANSWER_MAX = 2000;

/**
 * « Préparer mon entretien »: the questionnaire saved as the young person goes (on
 * leaving a field, after a pause in typing, on choosing an option), then shared
 * with the binôme when they decide to.
 */
export function PreparationSection({ youthId, preparation }: { youthId: string; preparation: Preparation }) {
  // Every answer not saved yet is kept on the phone (IndexedDB) and sent with an
  // Idempotency-Key, now or when the connection comes back: nothing typed is lost.
  const {
    saver,
    keep,
    save: saveAnswers,
  } = useAutosavedDraft(
    `preparation:${youthId}`,
    preparation.answers ?? {},
    (answers) => preparationAnswersRequest(youthId, { answers }),
    (body) => (body as { answers?: Record<string, string> }).answers ?? {},
  );
  const [lastTouched, setLastTouched] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  function cancelTimer() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }

  async function save(id: string | null) {
    cancelTimer();
    if (id) setLastTouched(id);
    await saveAnswers();
  }

  function later(id: string) {
    cancelTimer();
    timer.current = setTimeout(() => void save(id), SAVE_DELAY_MS);
  }

  useEffect(() => cancelTimer, []);

  const failed = saver.phase === 'failed';
  const kept = failed && saver.error instanceof KeptOnPhone;
  const unsaved = failed ? new Set(saver.unsaved()) : new Set<string>();
  // The error and its retry button appear under the answer the young person just left.
  const alertAt = failed ? (lastTouched && unsaved.has(lastTouched) ? lastTouched : [...unsaved][0]) : null;

  return (
    <section aria-labelledby="preparer">
      <h2 id="preparer">Préparer mon entretien</h2>
      <p>
        Ces questions t’aident à penser à ce qui compte pour toi. Réponds à celles que tu veux, à ton rythme : chaque réponse est
        enregistrée toute seule. Tu peux revenir plus tard, même sur un autre téléphone ou ordinateur.
      </p>
      <p class="hint">Ton binôme ne lit tes réponses que quand tu décides de les partager.</p>
      <form class="preparation" noValidate onSubmit={(event) => event.preventDefault()}>
        {groupByDomain(preparation.template.questions).map(([domain, questions]) => (
          <div key={domain} class="question-group">
            <h3>{domainLabel(domain, 'jeune')}</h3>
            {questions.map((question) => (
              <QuestionField
                key={question.id}
                question={question}
                value={saver.value(question.id)}
                notSaved={unsaved.has(question.id) ? (kept ? 'kept' : 'failed') : null}
                onInput={(value) => {
                  keep(question.id, value);
                  if (question.kind === 'choice') void save(question.id);
                  else later(question.id);
                }}
                onLeave={() => void save(question.id)}
              >
                {alertAt === question.id && (
                  <SendFailureNotice error={saver.error} retryLabel="Réessayer d’enregistrer" onRetry={() => void save(null)}>
                    <p>Tes réponses ne sont pas encore enregistrées. Elles restent sur ce téléphone : tu ne perds rien.</p>
                  </SendFailureNotice>
                )}
              </QuestionField>
            ))}
          </div>
        ))}
      </form>
      <ShareControl youthId={youthId} saver={saver} initialSharedAt={preparation.sharedAt} />
    </section>
  );
}

function QuestionField({
  question,
  value,
  notSaved,
  onInput,
  onLeave,
  children,
}: {
  question: PreparationQuestion;
  value: string;
  /** Not saved yet: kept on the phone until the connection is back, or refused by the server. */
  notSaved: 'kept' | 'failed' | null;
  onInput: (value: string) => void;
  onLeave: () => void;
  children?: ComponentChildren;
}) {
  const id = `question-${question.id}`;
  const noteId = `${id}-note`;
  const note =
    notSaved === 'kept' ? (
      <p class="hint" id={noteId}>
        Réponse gardée sur ce téléphone, pas encore envoyée.
      </p>
    ) : (
      notSaved === 'failed' && (
        <p class="field-error" id={noteId}>
          Cette réponse n’est pas encore enregistrée.
        </p>
      )
    );
  const fieldClass = notSaved === 'failed' ? 'field field--error' : 'field';
  if (question.kind === 'choice') {
    return (
      <fieldset class={fieldClass} aria-describedby={notSaved ? noteId : undefined}>
        <legend class="question-legend">{question.label}</legend>
        {note}
        <div class="choices">
          {(question.options ?? []).map((option, index) => (
            <div key={option} class="field--radio">
              <input
                type="radio"
                id={`${id}-${index}`}
                name={id}
                value={option}
                checked={value === option}
                onChange={() => onInput(option)}
              />
              <label for={`${id}-${index}`}>{option}</label>
            </div>
          ))}
        </div>
        {children}
      </fieldset>
    );
  }
  return (
    <div class={fieldClass}>
      <label for={id}>{question.label}</label>
      {note}
      <textarea
        id={id}
        name={id}
        rows={3}
        maxLength={ANSWER_MAX}
        value={value}
        aria-describedby={notSaved ? noteId : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
        onBlur={onLeave}
      />
      {children}
    </div>
  );
}

type ShareStep = 'idle' | 'confirm' | 'sharing';

function ShareControl({ youthId, saver, initialSharedAt }: { youthId: string; saver: AnswerAutosave; initialSharedAt: string | null }) {
  const [sharedAt, setSharedAt] = useState(initialSharedAt);
  const [step, setStep] = useState<ShareStep>('idle');
  const [failure, setFailure] = useState<unknown>(null);
  const [emptyError, setEmptyError] = useState(false);
  const confirmText = useRef<HTMLParagraphElement>(null);
  const shareButton = useRef<HTMLButtonElement>(null);
  const sharedNotice = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (step === 'confirm') confirmText.current?.focus();
  }, [step]);

  async function ask() {
    setFailure(null);
    setEmptyError(false);
    // What is still being typed is saved first: the binôme reads the answers as they are now.
    const { ok } = await saver.flush();
    if (!ok) return;
    if (!saver.hasSavedAnswer()) {
      setEmptyError(true);
      return;
    }
    setStep('confirm');
  }

  function cancel() {
    setStep('idle');
    setTimeout(() => shareButton.current?.focus());
  }

  async function share() {
    setStep('sharing');
    setFailure(null);
    try {
      const shared = await sharePreparation(youthId);
      setSharedAt(shared.sharedAt);
      setStep('idle');
      announce('Tes réponses sont partagées avec ton binôme.');
      setTimeout(() => sharedNotice.current?.focus());
    } catch (error) {
      setFailure(error);
      setStep('confirm');
    }
  }

  if (sharedAt) {
    return (
      <div class="notice notice--info">
        <p ref={sharedNotice} tabIndex={-1}>
          <strong>Partagé le {formatTimestamp(sharedAt)}.</strong> Ton binôme peut lire tes réponses. Si tu les changes, il verra ta
          nouvelle version.
        </p>
      </div>
    );
  }
  return (
    <div class="share">
      <h3>Partager mes réponses</h3>
      {failure !== null && <ErrorNotice error={failure} />}
      {emptyError && <CorrectionNotice message="Réponds au moins à une question avant de partager." />}
      {step === 'idle' ? (
        <button type="button" class="button" ref={shareButton} onClick={ask}>
          Partager avec mon binôme
        </button>
      ) : (
        <div class="notice notice--warning confirm">
          <p id="share-confirm" ref={confirmText} tabIndex={-1}>
            Ton ou ta référent·e et ton ou ta coordinateur·rice pourront lire toutes tes réponses. Tu pourras encore les changer après. Tu
            partages maintenant ?
          </p>
          <div class="form-actions">
            <button type="button" class="button" aria-busy={step === 'sharing'} onClick={() => step === 'confirm' && share()}>
              {step === 'sharing' ? 'Partage…' : 'Oui, partager'}
            </button>
            <button type="button" class="button button--quiet" onClick={cancel}>
              Annuler
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
