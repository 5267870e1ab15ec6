import { useRef, useState } from 'preact/hooks';
import {
  CHECK_IN_QUESTIONS,
  CHECK_IN_WORDING,
  type CheckInAge,
  type CheckInAnswers,
  type CheckInQuestion,
} from '../../../shared/domain/check-ins.js';
import { checkInReply, getCheckIn } from '../api/dashboard';
import type { CheckInState } from '../api/types';
import { formatDate } from '../lib/dates';
import { href } from '../router/router';
import { sendAsDraft, useDraft, useDraftSent } from '../ui/drafts';
import { SendFailureNotice } from '../ui/kept-notice';
import { CorrectionNotice, ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';

/** What the phone keeps while the young person answers: their choices and whether they agreed. */
interface CheckInDraft {
  answers: Partial<Record<CheckInQuestion, string>>;
  consent: boolean;
}

const EMPTY: CheckInDraft = { answers: {}, consent: false };

/** A draft read back from the phone; choices that are not one of the question's are dropped. */
function asDraft(stored: unknown): CheckInDraft | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { answers, consent } = stored as Partial<CheckInDraft>;
  const kept: CheckInDraft['answers'] = {};
  for (const question of CHECK_IN_QUESTIONS) {
    const choice = (answers as Record<string, unknown> | undefined)?.[question];
    if (typeof choice === 'string' && choice in CHECK_IN_WORDING[question].choices) kept[question] = choice;
  }
  return { answers: kept, consent: consent === true };
}

/** The five answers when all are chosen, else null. */
export function completeAnswers(answers: CheckInDraft['answers']): CheckInAnswers | null {
  return CHECK_IN_QUESTIONS.every((question) => answers[question] !== undefined) ? (answers as unknown as CheckInAnswers) : null;
}

/**
 * « Mon questionnaire des 19 ans / des 21 ans »: five questions on the phone, answered only
 * with the young person's agreement, or declined (declining is kept, and not asked again).
 * Their choices are kept on the phone as they tap, and a send without network waits there.
 */
export function CheckInPage() {
  const data = useAsync((signal) => getCheckIn(signal), []);
  const [sent, setSent] = useState<{ state: CheckInState; message: string } | null>(null);
  const state = sent?.state ?? (data.state.status === 'ready' ? data.state.data : null);
  const age = state?.open?.age ?? state?.done.at(-1)?.age ?? null;
  return (
    <>
      <PageHeading text={age === null ? 'Mon questionnaire' : `Mon questionnaire des ${age} ans`} />
      {data.state.status === 'loading' && !sent && <Loading text="Chargement de ton questionnaire…" />}
      {data.state.status === 'failed' && !sent && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {sent && (
        // Read out once, by the page's status region (announce).
        <div class="notice notice--success">
          <p>{sent.message}</p>
        </div>
      )}
      {state?.open ? (
        <CheckInForm
          age={state.open.age}
          closesOn={state.open.closesOn}
          onSent={(next, message) => {
            setSent({ state: next, message });
            announce(message);
          }}
        />
      ) : (
        state && !sent && <NothingOpen state={state} />
      )}
      {state && !state.open && (
        <p>
          <a class="alone-link" href={href('/moi')}>
            Retour à mon dossier
          </a>
        </p>
      )}
    </>
  );
}

function NothingOpen({ state }: { state: CheckInState }) {
  const last = state.done.at(-1);
  if (!last) {
    return <p>Pas de questionnaire pour l’instant. Tu y seras invité·e à tes 19 ans, puis à tes 21 ans.</p>;
  }
  return (
    <p>
      {last.status === 'answered'
        ? `Tu as répondu au questionnaire des ${last.age} ans le ${formatDate(last.on)}. Merci\u202f!`
        : `Tu as choisi de ne pas répondre au questionnaire des ${last.age} ans, le ${formatDate(last.on)}. C’est noté, on ne te le redemandera pas.`}
    </p>
  );
}

function CheckInForm({
  age,
  closesOn,
  onSent,
}: {
  age: CheckInAge;
  closesOn: string;
  onSent: (state: CheckInState, message: string) => void;
}) {
  const formId = `check-in:${age}`;
  const draft = useDraft<CheckInDraft>(formId, EMPTY, asDraft);
  const { answers, consent } = draft.value;
  const [missing, setMissing] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  const thanks = 'Merci, tes réponses sont envoyées.';
  const declined = 'C’est noté\u202f: tu ne réponds pas à ce questionnaire. On ne te le redemandera pas.';
  // Sent by the phone itself once the connection came back.
  useDraftSent(formId, (outcome) => {
    if (outcome.status === 'sent') onSent(outcome.data as CheckInState, thanks);
  });

  async function send(body: Parameters<typeof checkInReply>[0], message: string) {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const state = await sendAsDraft<CheckInState>(formId, draft.value, checkInReply(body));
      draft.reset(EMPTY);
      if (state) onSent(state, message);
    } catch (caught) {
      setFailure(caught);
      setTimeout(() => errorRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  function sendAnswers(event: Event) {
    event.preventDefault();
    const complete = completeAnswers(answers);
    const unanswered = CHECK_IN_QUESTIONS.filter((question) => answers[question] === undefined).length;
    const problem = !consent
      ? 'Coche la case « Je suis d’accord » pour envoyer tes réponses, ou choisis de ne pas répondre.'
      : !complete
        ? `Il reste ${unanswered === 1 ? 'une question' : `${unanswered} questions`} sans réponse. Tu peux choisir « Je préfère ne pas répondre ».`
        : null;
    setMissing(problem);
    if (problem || !complete) {
      setTimeout(() => errorRef.current?.focus());
      return;
    }
    void send({ age, consent: true, answers: complete }, thanks);
  }

  return (
    <>
      <p class="lead">
        Tu as eu {age} ans. Le Département aimerait savoir comment tu vas, pour mieux accompagner les jeunes qui sortent de l’ASE : cinq
        questions, deux minutes.
      </p>
      <ul>
        <li>C’est toi qui choisis : tu peux répondre ou non, et ça ne change rien à ton accompagnement.</li>
        <li>
          Personne ne voit tes réponses une par une, ni ton binôme : elles sont seulement comptées avec celles d’autres jeunes, et jamais
          quand ils sont moins de 5.
        </li>
        <li>Tu peux répondre jusqu’au {formatDate(closesOn)}. Tes choix restent sur ton téléphone tant que tu n’as pas envoyé.</li>
      </ul>
      <div ref={errorRef} tabIndex={-1}>
        {missing && <CorrectionNotice message={missing} />}
        {failure !== null && <SendFailureNotice error={failure} />}
      </div>
      <form noValidate onSubmit={sendAnswers}>
        {CHECK_IN_QUESTIONS.map((question) => (
          <fieldset key={question}>
            <legend>{CHECK_IN_WORDING[question].question}</legend>
            {Object.entries(CHECK_IN_WORDING[question].choices).map(([choice, label]) => (
              <div key={choice} class="field--radio">
                <input
                  type="radio"
                  id={`${question}-${choice}`}
                  name={question}
                  checked={answers[question] === choice}
                  onChange={() => draft.set({ ...draft.value, answers: { ...answers, [question]: choice } })}
                />
                <label for={`${question}-${choice}`}>{label as string}</label>
              </div>
            ))}
          </fieldset>
        ))}
        <div class="field--checkbox">
          <input
            type="checkbox"
            id="check-in-consent"
            checked={consent}
            onChange={(event) => draft.set({ ...draft.value, consent: event.currentTarget.checked })}
          />
          <label for="check-in-consent">Je suis d’accord pour que mes réponses soient comptées avec celles d’autres jeunes.</label>
        </div>
        <div class="form-actions">
          <button type="submit" class="button" aria-busy={busy} disabled={busy}>
            {busy ? 'Envoi…' : 'Envoyer mes réponses'}
          </button>
        </div>
      </form>
      <section aria-labelledby="ne-pas-repondre">
        <h2 id="ne-pas-repondre">Tu ne veux pas répondre ?</h2>
        <p>Pas de souci. Rien de ce que tu as coché n’est envoyé, et on ne te le redemandera pas.</p>
        <button type="button" class="button button--secondary" disabled={busy} onClick={() => send({ age, consent: false }, declined)}>
          Je préfère ne pas répondre
        </button>
      </section>
    </>
  );
}
