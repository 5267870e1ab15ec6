import { useMemo, useRef, useState } from 'preact/hooks';
import { withMyFile } from '../api/my-file';
import { createSupportRequest, listSupportRequests } from '../api/support';
import type { SupportRequest, SupportRequestKind, Youth } from '../api/types';
import { formatDate, todayInParis } from '../lib/dates';
import { IdempotencyKeys } from '../lib/idempotency';
import { findRoute } from '../router/router';
import { DecisionLetterPage, findDecision } from '../support/decision-letter';
import { SupportRequestView } from '../support/decision-view';
import { KIND_LABELS, kindsOpenToday } from '../support/support-words';
import { useDraft } from '../ui/drafts';
import { NotFoundPage } from '../ui/not-found-page';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';

const HOME = '/accompagnement';
const letterPath = (decisionId: string) => `${HOME}/courrier/${encodeURIComponent(decisionId)}`;
const MESSAGE_MAX = 2000;

/** « Après mes 18 ans »: the young person asks for support from 18 to 21 and sees the decisions. A chunk of its own. */
export function YouthSupportPages({ path }: { path: string }) {
  const match = findRoute([[`${HOME}/courrier/:decisionId`, 'letter']] as const, path);
  if (match) {
    const decisionId = match.params.decisionId ?? '';
    return <DecisionLetterPage load={(signal) => loadLetter(decisionId, signal)} backPath={HOME} backLabel="Retour à mon accompagnement" />;
  }
  if (path !== HOME) return <NotFoundPage home={HOME} />;
  return <MySupportPage />;
}

async function loadLetter(decisionId: string, signal: AbortSignal) {
  const { youth, data } = await withMyFile(signal, (youthId) => listSupportRequests(youthId, signal));
  const found = findDecision(data.items, decisionId);
  return found ? { youth, ...found } : null;
}

async function loadMySupport(signal: AbortSignal) {
  const { youth, data } = await withMyFile(signal, (youthId) => listSupportRequests(youthId, signal));
  return { youth, requests: data.items };
}

function MySupportPage() {
  const data = useAsync(loadMySupport, []);
  return (
    <>
      <PageHeading text="Mon accompagnement après 18 ans" />
      {/* Painted at once, before the data: what the page is for is not data (issue 15, LCP). */}
      <p class="lead">
        Après tes 18 ans, le Département peut continuer à t’accompagner (logement, argent, études, santé) jusqu’à tes 21 ans, et même
        jusqu’à la fin de ton année scolaire ou universitaire. Si tu as quitté l’ASE, tu peux demander à revenir avant tes 21 ans.
      </p>
      {data.state.status === 'loading' && <Loading text="Chargement de tes demandes…" />}
      {data.state.status === 'failed' && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {data.state.status === 'ready' && (
        <MySupport youth={data.state.data.youth} requests={data.state.data.requests} onSent={data.reload} />
      )}
    </>
  );
}

function MySupport({ youth, requests, onSent }: { youth: Youth; requests: SupportRequest[]; onSent: () => void }) {
  const today = todayInParis();
  const pending = requests.some((request) => request.status === 'en_attente');
  const kinds = kindsOpenToday(youth, requests, today);
  const newestFirst = [...requests].reverse();
  return (
    <>
      <p>Tes 21 ans : le {formatDate(youth.keyDates.age21)}.</p>

      <section aria-labelledby="mes-demandes">
        <h2 id="mes-demandes">Mes demandes</h2>
        {newestFirst.length === 0 ? (
          <p class="empty">Tu n’as pas encore fait de demande.</p>
        ) : (
          newestFirst.map((request) => (
            <SupportRequestView key={request.id} request={request} voice="jeune" letterPath={(decision) => letterPath(decision.id)} />
          ))
        )}
      </section>

      <section aria-labelledby="demander">
        <h2 id="demander">Demander un accompagnement</h2>
        {pending ? (
          <p>Ta demande est en cours d’étude : attends la décision avant d’en faire une autre.</p>
        ) : kinds.length === 0 ? (
          <p>Tu ne peux pas faire de demande en ce moment. Parles-en à ton binôme ou à l’ADEPAPE.</p>
        ) : (
          <RequestForm youthId={youth.id} kinds={kinds} onSent={onSent} />
        )}
      </section>
    </>
  );
}

interface Draft {
  kind: SupportRequestKind;
  message: string;
}

/** A draft read back from the phone, with a kind still open today; null when it is not one. */
function asDraft(stored: unknown, kinds: SupportRequestKind[], fallback: Draft): Draft | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { kind, message } = stored as Partial<Draft>;
  return {
    kind: kind && kinds.includes(kind) ? kind : fallback.kind,
    message: typeof message === 'string' ? message : '',
  };
}

function RequestForm({ youthId, kinds, onSent }: { youthId: string; kinds: SupportRequestKind[]; onSent: () => void }) {
  // Kept on the phone (IndexedDB, wiped at sign-out) until it is sent: a reload or a lost connection loses nothing typed.
  const empty: Draft = { kind: kinds[0] ?? 'premiere', message: '' };
  const kept = useDraft<Draft>(`support-request:${youthId}`, empty, (stored) => asDraft(stored, kinds, empty));
  const draft = kept.value;
  const [phase, setPhase] = useState<'idle' | 'sending'>('idle');
  const [error, setError] = useState<unknown>(null);
  const keys = useMemo(() => new IdempotencyKeys(), []);
  const errorRef = useRef<HTMLDivElement>(null);

  const keep = kept.set;

  async function send(event: Event) {
    event.preventDefault();
    setError(null);
    setPhase('sending');
    const body = { kind: draft.kind, ...(draft.message.trim() ? { message: draft.message.trim() } : {}) };
    try {
      await createSupportRequest(youthId, body, keys.keyFor(body));
      keys.reset();
      kept.reset(empty);
      announce('Ta demande a été envoyée. Tu verras la décision sur cette page.');
      onSent();
    } catch (caught) {
      setError(caught);
      setPhase('idle');
      setTimeout(() => errorRef.current?.focus());
    }
  }

  return (
    <form onSubmit={send} noValidate>
      <fieldset>
        <legend>Quelle demande ?</legend>
        {kinds.map((kind) => (
          <div key={kind} class="field--radio">
            <input type="radio" id={`kind-${kind}`} name="kind" checked={draft.kind === kind} onChange={() => keep({ ...draft, kind })} />
            <label for={`kind-${kind}`}>{KIND_LABELS.jeune[kind]}</label>
          </div>
        ))}
      </fieldset>
      <div class="field">
        <label for="support-message">
          Ton message <span class="optional">(facultatif)</span>
        </label>
        <p class="hint" id="support-message-hint">
          Dis ce dont tu as besoin : finir ta formation, un logement, de l’aide pour tes papiers… Ton texte est gardé sur ton téléphone
          jusqu’à l’envoi.
        </p>
        <textarea
          id="support-message"
          rows={5}
          maxLength={MESSAGE_MAX}
          value={draft.message}
          aria-describedby="support-message-hint"
          onInput={(event) => keep({ ...draft, message: event.currentTarget.value })}
        />
      </div>
      {error !== null && (
        <div ref={errorRef} tabIndex={-1}>
          <ErrorNotice error={error} />
        </div>
      )}
      <button type="submit" class="button" aria-busy={phase === 'sending'} disabled={phase === 'sending'}>
        Envoyer ma demande
      </button>
    </form>
  );
}
