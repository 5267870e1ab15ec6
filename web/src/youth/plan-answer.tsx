import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { planChangeRequest, signPlan } from '../api/interviews';
import type { Plan } from '../api/types';
import { maxLengthWords } from '../lib/text-rules';
import { sendAsDraft, useDraft, useDraftSent } from '../ui/drafts';
import { SendFailureNotice } from '../ui/kept-notice';
import { FieldError } from '../ui/notices';

const MESSAGE_MAX = 2000;

/**
 * The young person's answer to a proposed plan: agree (their signature) or ask for a
 * change. A 409 means the plan changed since it was read: the latest one is offered.
 */
export function PlanAnswer({
  youthId,
  plan,
  onAnswered,
  onStale,
}: {
  youthId: string;
  plan: Plan;
  onAnswered: (plan: Plan, message: string) => void;
  onStale: () => void;
}) {
  const [asking, setAsking] = useState(false);
  // Signing is a second, explicit step, as sharing and voting are: « Je suis d’accord », then « Oui, je signe ».
  const [confirming, setConfirming] = useState(false);
  const confirmTitle = useRef<HTMLHeadingElement>(null);
  const agreeButton = useRef<HTMLButtonElement>(null);
  // The text is kept on the phone as it is typed, and the request until the server has it.
  const formId = `plan-change:${youthId}`;
  const draft = useDraft(formId, '', (stored) => (typeof stored === 'string' && stored.trim() ? stored : null));
  const message = draft.value;
  const setMessage = draft.set;
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const askButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) textarea.current?.focus();
  }, [asking]);

  useEffect(() => {
    if (confirming) confirmTitle.current?.focus();
  }, [confirming]);

  // A text kept from before a reload: the form opens with it.
  useEffect(() => {
    if (draft.restored && message.trim()) setAsking(true);
  }, [draft.restored]);

  const changeAsked = 'Ta demande de modification est envoyée à ton binôme.';
  // Sent by the phone itself once the connection came back.
  useDraftSent(formId, (outcome) => {
    if (outcome.status === 'sent') onAnswered(outcome.data as Plan, changeAsked);
  });

  async function answer(send: () => Promise<Plan | null>, done: string) {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const answered = await send();
      if (answered) onAnswered(answered, done);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  }

  function sendChange(event: Event) {
    event.preventDefault();
    const trimmed = message.trim();
    if (!trimmed) {
      setError('Écris ce que tu voudrais changer.');
      textarea.current?.focus();
      return;
    }
    setError(null);
    void answer(async () => {
      const answered = await sendAsDraft<Plan>(formId, message, planChangeRequest(youthId, { version: plan.version, message: trimmed }));
      // Null: the phone's own resend got the answer first; the page shows the plan afresh.
      if (!answered) onStale();
      return answered;
    }, changeAsked);
  }

  const stale = failure instanceof ApiError && failure.status === 409;
  return (
    <div class="plan-answer">
      <h3>Ma réponse</h3>
      {failure !== null && (
        <SendFailureNotice error={failure} retryLabel="Voir la dernière version" onRetry={stale ? onStale : undefined} />
      )}
      {asking ? (
        <form class="form" noValidate onSubmit={sendChange}>
          <div class={error ? 'field field--error' : 'field'}>
            <label for="plan-change-message">Ce que je voudrais changer</label>
            <p class="hint" id="plan-change-hint">
              Explique avec tes mots ({maxLengthWords(MESSAGE_MAX)}).
            </p>
            {error && <FieldError id="plan-change-error" message={error} />}
            <textarea
              ref={textarea}
              id="plan-change-message"
              rows={4}
              maxLength={MESSAGE_MAX}
              required
              value={message}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'plan-change-hint plan-change-error' : 'plan-change-hint'}
              onInput={(event) => setMessage(event.currentTarget.value)}
            />
          </div>
          <div class="form-actions">
            <button type="submit" class="button" aria-busy={busy}>
              {busy ? 'Envoi…' : 'Envoyer ma demande'}
            </button>
            <button
              type="button"
              class="button button--quiet"
              onClick={() => {
                setAsking(false);
                setError(null);
                // Cancelling on purpose: the phone forgets the text.
                draft.reset('');
                setTimeout(() => askButton.current?.focus());
              }}
            >
              Annuler
            </button>
          </div>
        </form>
      ) : confirming ? (
        <section class="confirm-box" aria-labelledby="plan-sign-confirm">
          <h4 id="plan-sign-confirm" ref={confirmTitle} tabIndex={-1}>
            Tu confirmes ta signature ?
          </h4>
          <p>
            En signant, tu dis que tu es d’accord avec ce projet (version {plan.version}). Tu pourras toujours en reparler avec ton binôme :
            le projet est revu au moins tous les six mois.
          </p>
          <div class="form-actions">
            <button
              type="button"
              class="button"
              aria-busy={busy}
              onClick={() => answer(() => signPlan(youthId, { version: plan.version }), 'Tu as signé ton projet. Bravo !')}
            >
              {busy ? 'Envoi…' : 'Oui, je signe mon projet'}
            </button>
            <button
              type="button"
              class="button button--quiet"
              onClick={() => {
                setConfirming(false);
                setTimeout(() => agreeButton.current?.focus());
              }}
            >
              Revenir au projet
            </button>
          </div>
        </section>
      ) : (
        <>
          <p>
            Si ce projet te va, appuie sur « Je suis d’accord », puis confirme : c’est ta signature. Sinon, dis à ton binôme ce que tu
            voudrais changer.
          </p>
          <div class="form-actions">
            <button type="button" class="button" ref={agreeButton} onClick={() => setConfirming(true)}>
              Je suis d’accord
            </button>
            <button type="button" class="button button--secondary" ref={askButton} onClick={() => setAsking(true)}>
              Demander une modification
            </button>
          </div>
        </>
      )}
    </div>
  );
}
