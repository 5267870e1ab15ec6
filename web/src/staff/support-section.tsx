import { useMemo, useRef, useState } from 'preact/hooks';
import { latestPossibleEnd, supportLimits } from '../../../shared/domain/support-decisions.js';
import { ApiError } from '../api/client';
import { createSupportRequest, decideSupportRequest, listSupportRequests } from '../api/support';
import type { DecideSupportRequestBody, SupportOutcome, SupportRequest, SupportRequestKind, Youth } from '../api/types';
import { formatDate, todayInParis } from '../lib/dates';
import { IdempotencyKeys } from '../lib/idempotency';
import { SupportRequestView } from '../support/decision-view';
import { KIND_LABELS, kindsOpenToday } from '../support/support-words';
import { ErrorNotice, Loading } from '../ui/notices';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { useSubmit } from '../ui/use-submit';
import { CheckboxField, FormErrorSummary, focusFirstError, RadioGroup, SelectField, TextAreaField, TextField } from './form-fields';
import { supportLetterPath } from './paths';
import { fieldErrorsFromDetails } from './youth-form-rules';

/**
 * Support from 18 to 21 on a file: every request and decision, a request the binôme files
 * with the young person, and the decision an admin of the département takes.
 */
export function SupportSection({
  youth,
  canRequest,
  canDecide,
  onCareEndChanged,
}: {
  youth: Youth;
  canRequest: boolean;
  canDecide: boolean;
  onCareEndChanged: () => void;
}) {
  const list = useAsync((signal) => listSupportRequests(youth.id, signal), [youth.id]);
  const requests = list.state.status === 'ready' ? list.state.data.items : [];
  const today = todayInParis();
  const pending = requests.some((request) => request.status === 'en_attente');
  const kinds = kindsOpenToday(youth, requests, today);
  const limits = supportLimits(youth.birthDate);

  function decided() {
    list.reload();
    onCareEndChanged();
  }

  return (
    <section aria-labelledby="accompagnement-18-21">
      <h2 id="accompagnement-18-21">Accompagnement jeune majeur (18-21 ans)</h2>
      <p class="hint">
        Article L222-5, 5° du CASF : de la majorité ({formatDate(limits.age18)}) aux 21 ans ({formatDate(limits.age21)}), prolongeable
        jusqu’à la fin de l’année scolaire ou universitaire ({formatDate(limits.latestSchoolYearEnd)} au plus tard).
      </p>
      {list.state.status === 'loading' && <Loading text="Chargement des demandes…" />}
      {list.state.status === 'failed' && <ErrorNotice error={list.state.error} onRetry={list.reload} />}
      {list.state.status === 'ready' && requests.length === 0 && <p class="empty">Aucune demande pour le moment.</p>}
      {[...requests].reverse().map((request) => (
        <div key={request.id}>
          <SupportRequestView request={request} voice="staff" letterPath={(decision) => supportLetterPath(youth.id, decision.id)} />
          {canDecide && request.status !== 'accordee' && <DecisionForm youth={youth} request={request} onDecided={decided} />}
        </div>
      ))}
      {canRequest && list.state.status === 'ready' && !pending && kinds.length > 0 && (
        <RequestForm youthId={youth.id} kinds={kinds} onSent={list.reload} />
      )}
    </section>
  );
}

function RequestForm({ youthId, kinds, onSent }: { youthId: string; kinds: SupportRequestKind[]; onSent: () => void }) {
  const [kind, setKind] = useState<SupportRequestKind>(kinds[0] ?? 'premiere');
  const [message, setMessage] = useState('');
  const { busy: sending, failure, submit: send } = useSubmit();
  const keys = useRef(new IdempotencyKeys());

  async function submit(event: Event) {
    event.preventDefault();
    const body = { kind, ...(message.trim() ? { message: message.trim() } : {}) };
    await send(async () => {
      await createSupportRequest(youthId, body, keys.current.keyFor(body));
      keys.current.reset();
      announce('La demande a été déposée.');
      onSent();
    });
  }

  return (
    <form class="form" noValidate onSubmit={submit} aria-labelledby="deposer-demande">
      <h3 id="deposer-demande">Déposer une demande avec le jeune</h3>
      <SelectField
        id="support-kind"
        label="Type de demande"
        value={kind}
        onValue={setKind}
        options={kinds.map((value) => [value, KIND_LABELS.staff[value]] as const)}
      />
      <TextAreaField
        id="support-request-message"
        label="Ce que le jeune demande"
        optional
        hint="Ses mots, tels qu’il ou elle les a dits : le jeune lit cette demande dans son espace."
        value={message}
        onValue={setMessage}
        maxLength={2000}
      />
      {failure !== null && <ErrorNotice error={failure} />}
      <button type="submit" class="button" aria-busy={sending}>
        Déposer la demande
      </button>
    </form>
  );
}

const FIELDS = ['startsOn', 'endsOn', 'conditions', 'reasons', 'schoolYearExtension'] as const;
type Field = (typeof FIELDS)[number];

function DecisionForm({ youth, request, onDecided }: { youth: Youth; request: SupportRequest; onDecided: () => void }) {
  const limits = supportLimits(youth.birthDate);
  const today = todayInParis();
  const [outcome, setOutcome] = useState<SupportOutcome>('accordee');
  // Support starts at majority at the earliest; for an adult already, today.
  // biome-ignore lint/complexity/useMathMinMax: these are date strings, not numbers.
  const [startsOn, setStartsOn] = useState(today > limits.age18 ? today : limits.age18);
  const [endsOn, setEndsOn] = useState('');
  const [extension, setExtension] = useState(false);
  const [conditions, setConditions] = useState('');
  const [reasons, setReasons] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const { busy: sending, failure, submit: send } = useSubmit();
  const keys = useMemo(() => new IdempotencyKeys(), []);
  const form = useRef<HTMLFormElement>(null);
  const prefix = `decision-${request.id}`;

  function body(): DecideSupportRequestBody {
    if (outcome === 'refusee') return { outcome, reasons };
    return {
      outcome,
      startsOn,
      endsOn,
      ...(conditions.trim() ? { conditions: conditions.trim() } : {}),
      ...(extension ? { schoolYearExtension: true } : {}),
    };
  }

  /** The server's refusals it ties to a field, shown there. */
  function showFieldErrors(caught: unknown): boolean {
    const fieldErrors = caught instanceof ApiError ? fieldErrorsFromDetails(caught.details, FIELDS) : {};
    if (Object.keys(fieldErrors).length === 0) return false;
    setErrors(fieldErrors);
    setTimeout(() => focusFirstError(form.current));
    return true;
  }

  async function submit(event: Event) {
    event.preventDefault();
    await send(async () => {
      const local: Partial<Record<Field, string>> = {};
      if (outcome === 'refusee' && !reasons.trim()) local.reasons = 'Un refus doit être motivé : indiquez les motifs.';
      if (outcome === 'accordee' && !endsOn) local.endsOn = 'Indiquez la date de fin de l’accompagnement.';
      setErrors(local);
      if (Object.keys(local).length > 0) {
        setTimeout(() => focusFirstError(form.current));
        return;
      }
      const sent = body();
      await decideSupportRequest(youth.id, request.id, sent, keys.keyFor(sent));
      keys.reset();
      announce(outcome === 'accordee' ? 'L’accompagnement est accordé ; la fin de prise en charge suit.' : 'Le refus est enregistré.');
      onDecided();
    }, showFieldErrors);
  }

  const latest = latestPossibleEnd(youth.birthDate, extension);
  return (
    <form class="form" noValidate onSubmit={submit} ref={form} aria-labelledby={`${prefix}-title`}>
      <h4 id={`${prefix}-title`}>{request.status === 'refusee' ? 'Décider de nouveau (après un recours gracieux)' : 'Décider'}</h4>
      <FormErrorSummary count={Object.keys(errors).length} />
      <RadioGroup
        name={`${prefix}-outcome`}
        legend="Décision"
        value={outcome}
        onValue={setOutcome}
        options={[
          ['accordee', 'Accorder'],
          ['refusee', 'Refuser'],
        ]}
      />
      {outcome === 'accordee' ? (
        <>
          <TextField id={`${prefix}-startsOn`} label="Début" type="date" value={startsOn} onValue={setStartsOn} error={errors.startsOn} />
          <CheckboxField
            id={`${prefix}-extension`}
            label="Prolonger au-delà de 21 ans jusqu’à la fin de l’année scolaire ou universitaire"
            checked={extension}
            onChecked={setExtension}
          />
          <TextField
            id={`${prefix}-endsOn`}
            label="Fin"
            type="date"
            value={endsOn}
            onValue={setEndsOn}
            hint={`Au plus tard le ${formatDate(latest)}. La fin de prise en charge du dossier suivra cette date.`}
            error={errors.endsOn ?? errors.schoolYearExtension}
          />
          <TextAreaField
            id={`${prefix}-conditions`}
            label="Conditions"
            optional
            value={conditions}
            onValue={setConditions}
            error={errors.conditions}
            maxLength={4000}
          />
        </>
      ) : (
        <TextAreaField
          id={`${prefix}-reasons`}
          label="Motifs du refus"
          hint="Le jeune les lit dans son espace et dans le courrier, avec les voies et délais de recours."
          value={reasons}
          onValue={setReasons}
          error={errors.reasons}
          maxLength={4000}
        />
      )}
      {failure !== null && <ErrorNotice error={failure} />}
      <button type="submit" class="button" aria-busy={sending}>
        Enregistrer la décision
      </button>
    </form>
  );
}
