import type { Ref } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { checkRgpdExtension, nextRgpdStatuses, rgpdExtendedDueOn } from '../../../shared/domain/rgpd-requests.js';
import { answerRgpdRequest, extendRgpdRequest, listRgpdRequests } from '../api/rgpd-requests';
import type { RgpdRequest, RgpdRequestStatus } from '../api/types';
import { formatDate, formatTimestamp, todayInParis } from '../lib/dates';
import { IdempotencyKeys } from '../lib/idempotency';
import { ExtensionNotice } from '../rgpd/extension-notice';
import { dueSentence, KIND_LABELS_STAFF, STATUS_LABELS } from '../rgpd/rgpd-words';
import { ErrorNotice, Loading } from '../ui/notices';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { useSubmit } from '../ui/use-submit';
import { RadioGroup, TextAreaField } from './form-fields';

/**
 * The young person's requests about their data (RGPD arts. 15–21) on a file: what they asked,
 * when the answer is due (a month, art. 12.3), the answers given; the binôme and admins answer.
 * Opening it is recorded in the young person's access log (`rgpdRequest.read`).
 */
export function RgpdRequestsSection({ youthId, canAnswer }: { youthId: string; canAnswer: boolean }) {
  const list = useAsync((signal) => listRgpdRequests(youthId, signal), [youthId]);
  return (
    <section aria-labelledby="demandes-rgpd">
      <h2 id="demandes-rgpd">Demandes RGPD du jeune</h2>
      <p class="hint">
        Accès, rectification, effacement, limitation, opposition : réponse au jeune dans le mois (RGPD art. 12.3). Un refus est motivé ; le
        jeune peut saisir le DPO du Département ou la CNIL.
      </p>
      {list.state.status === 'loading' && <Loading text="Chargement des demandes…" />}
      {list.state.status === 'failed' && <ErrorNotice error={list.state.error} onRetry={list.reload} />}
      {list.state.status === 'ready' && list.state.data.items.length === 0 && <p class="empty">Aucune demande.</p>}
      {list.state.status === 'ready' && list.state.data.items.length > 0 && (
        <ul class="cards plain-list">
          {[...list.state.data.items].reverse().map((request) => (
            <li key={request.id}>
              <RequestCard youthId={youthId} request={request} canAnswer={canAnswer} onAnswered={list.reload} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RequestCard({
  youthId,
  request,
  canAnswer,
  onAnswered,
}: {
  youthId: string;
  request: RgpdRequest;
  canAnswer: boolean;
  onAnswered: () => void;
}) {
  const due = dueSentence(request, 'staff');
  const next = nextRgpdStatuses(request.status);
  return (
    <article class={request.late ? 'card card--alert' : 'card'} aria-labelledby={`rgpd-${request.id}`}>
      <h3 class="card-title" id={`rgpd-${request.id}`}>
        {KIND_LABELS_STAFF[request.kind]}
        {request.late && <span class="badge badge--alert"> En retard</span>}
      </h3>
      <p>
        <strong>{STATUS_LABELS.staff[request.status]}</strong> — reçue le {formatDate(request.receivedOn)}.
      </p>
      {due && <p>{due}</p>}
      <p class="quote">{request.details ? `Le jeune a écrit : ${request.details}` : 'Le jeune n’a rien écrit de plus.'}</p>
      <ExtensionNotice extension={request.extension} />
      {request.answers.map((answer) => (
        <div class="notice" key={answer.answeredAt}>
          <p>
            <strong>{STATUS_LABELS.staff[answer.status]}</strong>, le {formatTimestamp(answer.answeredAt)}
            {answer.answeredByName ? ` par ${answer.answeredByName}` : ''}.
          </p>
          {answer.text && <p>{answer.text}</p>}
        </div>
      ))}
      {canAnswer && next.length > 0 && <AnswerForm youthId={youthId} request={request} statuses={next} onAnswered={onAnswered} />}
      {canAnswer && checkRgpdExtension(request, todayInParis()) === null && (
        <ExtendForm youthId={youthId} request={request} onExtended={onAnswered} />
      )}
    </article>
  );
}

type AnswerStatus = Exclude<RgpdRequestStatus, 'en_attente'>;

function AnswerForm({
  youthId,
  request,
  statuses,
  onAnswered,
}: {
  youthId: string;
  request: RgpdRequest;
  statuses: readonly RgpdRequestStatus[];
  onAnswered: () => void;
}) {
  const options = statuses.filter((status): status is AnswerStatus => status !== 'en_attente');
  const [status, setStatus] = useState<AnswerStatus>(options[0] ?? 'traitee');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const { busy, failure, failureNotice, submit } = useSubmit();
  const keys = useMemo(() => new IdempotencyKeys(), []);
  const idPrefix = `rgpd-answer-${request.id}`;

  async function send(event: Event) {
    event.preventDefault();
    if (status === 'refusee' && !text.trim()) {
      setProblem('Indiquez les motifs du refus.');
      document.getElementById(`${idPrefix}-text`)?.focus();
      return;
    }
    setProblem(undefined);
    const body = { status, ...(text.trim() ? { text: text.trim() } : {}) };
    await submit(async () => {
      await answerRgpdRequest(youthId, request.id, body, keys.keyFor(body));
      keys.reset();
      announce('La réponse a été enregistrée ; le jeune la voit dans son dossier.');
      onAnswered();
    });
  }

  return (
    <form class="form" onSubmit={send} noValidate>
      <RadioGroup<AnswerStatus>
        name={`${idPrefix}-status`}
        legend="Votre réponse"
        value={status}
        options={options.map((option) => [option, STATUS_LABELS.staff[option]] as const)}
        onValue={setStatus}
      />
      <TextAreaField
        id={`${idPrefix}-text`}
        label={status === 'refusee' ? 'Motifs du refus, lus par le jeune' : 'Réponse au jeune'}
        optional={status !== 'refusee'}
        hint="Le jeune la lit dans « Mes droits sur mes données ». Écrivez simplement, en « tu »."
        error={problem}
        value={text}
        onValue={setText}
        maxLength={4000}
      />
      <SubmitRow label="Enregistrer la réponse" busy={busy} failure={failure} failureNotice={failureNotice} />
    </form>
  );
}

/** Two more months to answer (art. 12.3): once, told to the young person with its reasons within the first month. */
function ExtendForm({ youthId, request, onExtended }: { youthId: string; request: RgpdRequest; onExtended: () => void }) {
  const [reasons, setReasons] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const { busy, failure, failureNotice, submit } = useSubmit();
  const keys = useMemo(() => new IdempotencyKeys(), []);
  const id = `rgpd-extension-${request.id}`;

  async function send(event: Event) {
    event.preventDefault();
    if (!reasons.trim()) {
      setProblem('Indiquez les motifs de la prolongation : le jeune les lit.');
      document.getElementById(id)?.focus();
      return;
    }
    setProblem(undefined);
    const body = { reasons: reasons.trim() };
    await submit(async () => {
      await extendRgpdRequest(youthId, request.id, body, keys.keyFor(body));
      keys.reset();
      announce('Le délai est prolongé ; le jeune voit la nouvelle échéance et vos motifs.');
      onExtended();
    });
  }

  return (
    <details class="saved-version">
      <summary>Prolonger le délai de deux mois</summary>
      <form class="form" onSubmit={send} noValidate>
        <TextAreaField
          id={id}
          label="Motifs de la prolongation, lus par le jeune"
          hint={`Complexité ou nombre de demandes (RGPD art. 12.3). Une seule fois, au plus tard le ${formatDate(request.dueOn)} ; la réponse sera due le ${formatDate(rgpdExtendedDueOn(request.receivedOn))}. Écrivez simplement, en « tu ».`}
          error={problem}
          value={reasons}
          onValue={setReasons}
          maxLength={4000}
        />
        <SubmitRow label="Prolonger le délai" busy={busy} failure={failure} failureNotice={failureNotice} secondary />
      </form>
    </details>
  );
}

/** The form's failure (focused when it appears) and its send button, as both forms of a request end. */
function SubmitRow({
  label,
  busy,
  failure,
  failureNotice,
  secondary = false,
}: {
  label: string;
  busy: boolean;
  failure: unknown;
  failureNotice: Ref<HTMLDivElement>;
  secondary?: boolean;
}) {
  return (
    <>
      {failure !== null && (
        <div ref={failureNotice} tabIndex={-1}>
          <ErrorNotice error={failure} />
        </div>
      )}
      <button type="submit" class={secondary ? 'button button--secondary' : 'button'} aria-busy={busy} disabled={busy}>
        {label}
      </button>
    </>
  );
}
