import { useRef, useState } from 'preact/hooks';
import { getMyFile } from '../api/my-file';
import { listRgpdRequests, rgpdRequestSend } from '../api/rgpd-requests';
import type { RgpdRequest, RgpdRequestKind } from '../api/types';
import { formatDate, formatTimestamp } from '../lib/dates';
import { ExtensionNotice } from '../rgpd/extension-notice';
import { dueSentence, KIND_HINTS_JEUNE, KIND_LABELS_JEUNE, RGPD_KIND_ORDER, STATUS_LABELS } from '../rgpd/rgpd-words';
import { href } from '../router/router';
import { sendAsDraft, useDraft, useDraftSent } from '../ui/drafts';
import { SendFailureNotice } from '../ui/kept-notice';
import { ErrorNotice, FieldError, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';

const NARROW_NBSP = '\u202f';
const DETAILS_MAX = 4000;

async function loadMyRequests(signal: AbortSignal) {
  const youth = await getMyFile(signal);
  return { youthId: youth.id, requests: (await listRgpdRequests(youth.id, signal)).items };
}

/** « Mes droits sur mes données » (`#/moi/demandes`): ask, from « Mon dossier », and read the answers. A chunk of its own. */
export function RgpdRequestsPage() {
  const data = useAsync(loadMyRequests, []);
  return (
    <>
      <PageHeading text="Mes droits sur mes données" />
      {data.state.status === 'loading' && <Loading text="Chargement de tes demandes…" />}
      {data.state.status === 'failed' && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {data.state.status === 'ready' && (
        <MyRequests youthId={data.state.data.youthId} requests={data.state.data.requests} onSent={data.reload} />
      )}
    </>
  );
}

function MyRequests({ youthId, requests, onSent }: { youthId: string; requests: RgpdRequest[]; onSent: () => void }) {
  const newestFirst = [...requests].reverse();
  return (
    <>
      <p class="lead">
        Envol garde des informations sur toi pour t’accompagner. Tu as des droits sur ces informations. Ici, tu peux faire une demande. Ton
        binôme et le Département te répondent dans un délai d’un mois.
      </p>
      <section aria-labelledby="faire-une-demande">
        <h2 id="faire-une-demande">Faire une demande</h2>
        <RequestForm youthId={youthId} onSent={onSent} />
      </section>
      <section aria-labelledby="mes-demandes-rgpd">
        <h2 id="mes-demandes-rgpd">Mes demandes</h2>
        {newestFirst.length === 0 ? (
          <p class="empty">Tu n’as pas encore fait de demande.</p>
        ) : (
          <ul class="cards plain-list">
            {newestFirst.map((request) => (
              <li key={request.id}>
                <RequestCard request={request} />
              </li>
            ))}
          </ul>
        )}
        <p class="hint">
          Pas d’accord avec une réponse{NARROW_NBSP}? Tu peux écrire au délégué ou à la déléguée à la protection des données du Département,
          ou faire une réclamation à la CNIL (cnil.fr).
        </p>
      </section>
    </>
  );
}

function RequestCard({ request }: { request: RgpdRequest }) {
  const due = dueSentence(request, 'jeune');
  return (
    <article class={request.late ? 'card card--alert' : 'card'} aria-labelledby={`demande-${request.id}`}>
      <h3 class="card-title" id={`demande-${request.id}`}>
        {KIND_LABELS_JEUNE[request.kind]}
      </h3>
      <p>
        <strong>{STATUS_LABELS.jeune[request.status]}</strong> — envoyée le {formatDate(request.receivedOn)}.
      </p>
      {due && <p>{due}</p>}
      {request.details && (
        <p class="quote">
          Ce que tu as écrit{NARROW_NBSP}: {request.details}
        </p>
      )}
      <ExtensionNotice extension={request.extension} />
      {request.answers.map((answer) => (
        <div class="notice" key={answer.answeredAt}>
          <p>
            <strong>{STATUS_LABELS.jeune[answer.status]}</strong>, le {formatTimestamp(answer.answeredAt)}
            {answer.answeredByName ? ` par ${answer.answeredByName}` : ''}.
          </p>
          {answer.text && <p>{answer.text}</p>}
        </div>
      ))}
    </article>
  );
}

interface Draft {
  kind: RgpdRequestKind;
  details: string;
}

const EMPTY: Draft = { kind: 'acces', details: '' };

/** A draft read back from the phone; null when it is not one. */
function asDraft(stored: unknown): Draft | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { kind, details } = stored as Partial<Draft>;
  return {
    kind: kind && RGPD_KIND_ORDER.includes(kind) ? kind : EMPTY.kind,
    details: typeof details === 'string' ? details : '',
  };
}

function RequestForm({ youthId, onSent }: { youthId: string; onSent: () => void }) {
  // Kept on the phone (IndexedDB, wiped at sign-out) as it is typed; a send without network waits there with its key.
  const formId = `rgpd-request:${youthId}`;
  const kept = useDraft<Draft>(formId, EMPTY, asDraft);
  const draft = kept.value;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const failureRef = useRef<HTMLDivElement>(null);

  function sent() {
    kept.reset(EMPTY);
    setFailure(null);
    announce('Ta demande est envoyée. La réponse s’affichera sur cette page.');
    onSent();
  }

  // Sent by the phone itself once the connection came back.
  useDraftSent(formId, (outcome) => {
    if (outcome.status === 'sent') sent();
  });

  async function send(event: Event) {
    event.preventDefault();
    if (busy) return;
    const details = draft.details.trim();
    if (draft.kind === 'rectification' && !details) {
      setProblem('Écris ce qui est faux avant d’envoyer ta demande.');
      document.getElementById('rgpd-details')?.focus();
      return;
    }
    setProblem(null);
    setFailure(null);
    setBusy(true);
    const body = { kind: draft.kind, ...(details ? { details } : {}) };
    try {
      const created = await sendAsDraft<RgpdRequest>(formId, draft, rgpdRequestSend(youthId, body));
      if (created) sent();
    } catch (caught) {
      setFailure(caught);
      setTimeout(() => failureRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  const detailsLabel = draft.kind === 'rectification' ? 'Qu’est-ce qui est faux, et qu’est-ce qui serait juste ?' : 'Ton message';
  return (
    <form class="form" onSubmit={send} noValidate>
      <fieldset>
        <legend>Que veux-tu demander{NARROW_NBSP}?</legend>
        {RGPD_KIND_ORDER.map((kind) => (
          <div key={kind} class="radio-with-hint">
            <div class="field--radio">
              <input
                type="radio"
                id={`rgpd-kind-${kind}`}
                name="rgpd-kind"
                checked={draft.kind === kind}
                aria-describedby={`rgpd-kind-${kind}-hint`}
                onChange={() => kept.set({ ...draft, kind })}
              />
              <label for={`rgpd-kind-${kind}`}>{KIND_LABELS_JEUNE[kind]}</label>
            </div>
            <p class="hint" id={`rgpd-kind-${kind}-hint`}>
              {KIND_HINTS_JEUNE[kind]}
            </p>
          </div>
        ))}
      </fieldset>
      {draft.kind === 'acces' && (
        <p>
          <a href={href('/moi/donnees')}>Voir mes données maintenant</a>
        </p>
      )}
      <div class={problem ? 'field field--error' : 'field'}>
        <label for="rgpd-details">
          {detailsLabel} {draft.kind !== 'rectification' && <span class="optional">(facultatif)</span>}
        </label>
        <p class="hint" id="rgpd-details-hint">
          Ton texte est gardé sur ton téléphone jusqu’à l’envoi.
        </p>
        {problem && <FieldError id="rgpd-details-error" message={problem} />}
        <textarea
          id="rgpd-details"
          rows={5}
          maxLength={DETAILS_MAX}
          value={draft.details}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'rgpd-details-hint rgpd-details-error' : 'rgpd-details-hint'}
          onInput={(event) => kept.set({ ...draft, details: event.currentTarget.value })}
        />
      </div>
      {failure !== null && (
        <div ref={failureRef} tabIndex={-1}>
          <SendFailureNotice error={failure} retryLabel="Réessayer d’envoyer" onRetry={() => void send(new Event('submit'))} />
        </div>
      )}
      <button type="submit" class="button" aria-busy={busy} disabled={busy}>
        {busy ? 'Envoi…' : 'Envoyer ma demande'}
      </button>
    </form>
  );
}
