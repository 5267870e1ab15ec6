import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { isAbort, NetworkError } from '../api/client';
import { getMyFile, myFileSeen } from '../api/my-file';
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
import { withRequestsSent } from './my-rgpd-requests';

const NARROW_NBSP = '\u202f';
const DETAILS_MAX = 4000;

/** The list has never been seen in this tab and the phone has no network: said plainly, not as an error. */
const LIST_OFFLINE =
  'Sans réseau, la liste de tes demandes ne peut pas s’afficher. Elle s’affichera ici dès que ton téléphone aura de nouveau du réseau.';

type ListState = { status: 'loading' } | { status: 'ready'; items: RgpdRequest[] } | { status: 'failed'; error: unknown };

/**
 * « Mes droits sur mes données » (`#/moi/demandes`): ask, from « Mon dossier », and read the answers. A chunk of its own,
 * kept by the service worker: offline, the explanation and the form show (with the file's id this tab last received),
 * and only the list waits for the network.
 */
export function RgpdRequestsPage() {
  const me = useAsync((signal) => getMyFile(signal), []);
  const youthId = me.state.status === 'ready' ? me.state.data.id : (myFileSeen()?.id ?? null);
  useOnline(me.state.status === 'failed' ? me.reload : null);
  return (
    <>
      <PageHeading text="Mes droits sur mes données" />
      <p class="lead">
        Envol garde des informations sur toi pour t’accompagner. Tu as des droits sur ces informations. Ici, tu peux faire une demande. Ton
        binôme et le Département te répondent dans un délai d’un mois.
      </p>
      {youthId ? (
        <MyRequests key={youthId} youthId={youthId} />
      ) : me.state.status === 'failed' ? (
        <ErrorNotice error={me.state.error} onRetry={me.reload} />
      ) : (
        <Loading text="Chargement de tes demandes…" />
      )}
    </>
  );
}

/** Calls `then` when the phone gets its network back (nothing when null). */
function useOnline(then: (() => void) | null): void {
  useEffect(() => {
    if (!then) return;
    addEventListener('online', then);
    return () => removeEventListener('online', then);
  }, [then]);
}

/**
 * The young person's requests. Loaded once, then refreshed in place (back online, after a send):
 * what is shown stays until the new list arrives, and a request just sent shows at once.
 */
function useMyRequests(youthId: string) {
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const sentHere = useRef<RgpdRequest[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    listRgpdRequests(youthId, controller.signal).then(
      (list) => {
        if (!controller.signal.aborted) setState({ status: 'ready', items: withRequestsSent(list.items, sentHere.current) });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbort(error)) return;
        // A refresh that fails keeps the list on screen.
        setState((shown) => (shown.status === 'ready' ? shown : { status: 'failed', error }));
      },
    );
    return () => controller.abort();
  }, [youthId, attempt]);

  const refresh = useCallback(() => setAttempt((count) => count + 1), []);
  useOnline(refresh);

  return {
    state,
    refresh,
    /** A request the server has just taken: shown at once, first of the list. */
    add(created: RgpdRequest) {
      sentHere.current = [...sentHere.current, created];
      setState((shown) => (shown.status === 'ready' ? { status: 'ready', items: withRequestsSent(shown.items, [created]) } : shown));
      refresh();
    },
  };
}

function MyRequests({ youthId }: { youthId: string }) {
  const list = useMyRequests(youthId);
  return (
    <>
      <section aria-labelledby="faire-une-demande">
        <h2 id="faire-une-demande">Faire une demande</h2>
        <RequestForm youthId={youthId} onSent={list.add} />
      </section>
      <section aria-labelledby="mes-demandes-rgpd">
        <h2 id="mes-demandes-rgpd">Mes demandes</h2>
        <RequestList state={list.state} onRetry={list.refresh} />
        <p class="hint">
          Pas d’accord avec une réponse{NARROW_NBSP}? Tu peux écrire au délégué ou à la déléguée à la protection des données du Département,
          ou faire une réclamation à la CNIL (cnil.fr).
        </p>
      </section>
    </>
  );
}

function RequestList({ state, onRetry }: { state: ListState; onRetry: () => void }) {
  if (state.status === 'loading') return <Loading text="Chargement de tes demandes…" />;
  if (state.status === 'failed') {
    if (!(state.error instanceof NetworkError)) return <ErrorNotice error={state.error} onRetry={onRetry} />;
    return (
      <div class="notice notice--warning" role="status">
        <p>
          <strong>Pas de connexion.</strong> {LIST_OFFLINE}
        </p>
      </div>
    );
  }
  const newestFirst = [...state.items].reverse();
  if (newestFirst.length === 0) return <p class="empty">Tu n’as pas encore fait de demande.</p>;
  return (
    <ul class="cards plain-list">
      {newestFirst.map((request) => (
        <li key={request.id}>
          <RequestCard request={request} />
        </li>
      ))}
    </ul>
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

function RequestForm({ youthId, onSent }: { youthId: string; onSent: (created: RgpdRequest) => void }) {
  // Kept on the phone (IndexedDB, wiped at sign-out) as it is typed; a send without network waits there with its key.
  const formId = `rgpd-request:${youthId}`;
  const kept = useDraft<Draft>(formId, EMPTY, asDraft);
  const draft = kept.value;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const failureRef = useRef<HTMLDivElement>(null);

  // Every send that leaves, the tap's or the phone's own once the connection came back. What was
  // typed after the send was asked for is not in it: that text stays in the form (and on the phone).
  useDraftSent(formId, (outcome) => {
    if (outcome.status !== 'sent') return;
    if (!outcome.typedSince) kept.reset(EMPTY);
    setFailure(null);
    onSent(outcome.data as RgpdRequest);
    announce('Ta demande est envoyée : elle est en haut de « Mes demandes ». La réponse s’affichera sur cette page.');
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
      // Once the server has it, useDraftSent shows it (as for the phone's own resend).
      await sendAsDraft<RgpdRequest>(formId, draft, rgpdRequestSend(youthId, body));
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
          <a class="alone-link" href={href('/moi/donnees')}>
            Voir mes données maintenant
          </a>
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
