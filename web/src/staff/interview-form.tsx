import { useEffect, useRef, useState } from 'preact/hooks';
import { createInterview, getInterview, updateInterview } from '../api/interviews';
import type { Interview, InterviewKind } from '../api/types';
import { INTERVIEW_KIND_LABELS } from '../interviews/labels';
import { formatDate, todayInParis } from '../lib/dates';
import { IdempotencyKeys } from '../lib/idempotency';
import { ErrorNotice } from '../ui/notices';
import { ConflictNotice } from './conflict-notice';
import { FormActions, FormErrorSummary, TextAreaField, TextField } from './form-fields';
import {
  changedInterviewFields,
  emptyInterviewValues,
  type FormErrors,
  formErrorsFromDetails,
  type InterviewValues,
  interviewFieldsOf,
  interviewValuesOf,
  rebaseInterview,
  SUMMARY_MAX,
  validateInterview,
} from './interview-form-rules';
import {
  ExitSituationFieldset,
  InterviewKindFieldset,
  ParticipantsFieldset,
  PointsFieldset,
  RightsFieldset,
} from './interview-form-sections';
import { type Sending, useVersionedSave, type VersionedFormEvents } from './use-versioned-save';

const SERVER_CHECKED = ['scheduledOn', 'heldOn', 'summary', 'youngPersonAbsentReason'];

/**
 * Creates an interview record, or edits one with optimistic locking as the profile form
 * does: on a 409 the user's edits stay, the latest version is loaded under them, and
 * only the fields the user changed keep the user's value.
 */
export function InterviewForm({
  youthId,
  interview,
  defaultKind,
  trustedPerson = null,
  onSaved,
  onCancel,
  onNewerVersion,
}: {
  youthId: string;
  interview: Interview | null;
  defaultKind: InterviewKind;
  /** The personne de confiance on the file: a new entretien starts with them among the participants. */
  trustedPerson?: { name: string; relation: string } | null;
} & VersionedFormEvents<Interview>) {
  const [base, setBase] = useState(interview);
  const [values, setValues] = useState<InterviewValues>(() =>
    interview ? interviewValuesOf(interview) : emptyInterviewValues(defaultKind, trustedPerson),
  );
  const keys = useRef(new IdempotencyKeys());
  const { form, errors, failure, conflict, saving, save, reload } = useVersionedSave<Interview, FormErrors>({
    validate: () => validateInterview(values, todayInParis()),
    errorsOf: (details) => formErrorsFromDetails(details, (path) => SERVER_CHECKED.includes(path)),
    onSaved: (saved) => {
      keys.current.reset();
      onSaved(saved);
    },
  });

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('h3')?.focus();
  }, []);

  const set = (changes: Partial<InterviewValues>) => setValues((current) => ({ ...current, ...changes }));

  function request(): Sending<Interview> {
    if (base) {
      const changes = changedInterviewFields(base, values);
      if (Object.keys(changes).length === 0) return null;
      return () => updateInterview(youthId, base.id, { version: base.version, ...changes });
    }
    const { situation, supportAgainToldOn, ...fields } = interviewFieldsOf(values);
    const body = { kind: values.kind, ...fields, ...(values.kind === 'suivi' ? { situation, supportAgainToldOn } : {}) };
    return () => createInterview(youthId, body, keys.current.keyFor(body));
  }

  const loadLatest = () =>
    reload(async () => {
      if (!base) return;
      const latest = await getInterview(youthId, base.id);
      setValues(rebaseInterview(base, latest, values));
      setBase(latest);
      onNewerVersion(latest);
    });

  const title = base ? `Modifier le compte rendu : ${INTERVIEW_KIND_LABELS[values.kind].toLowerCase()}` : 'Nouveau compte rendu';
  return (
    <form ref={form} class="form" noValidate onSubmit={(event) => save(event, request)} aria-labelledby="interview-form-title">
      <h3 id="interview-form-title" tabIndex={-1}>
        {title}
      </h3>
      <ConflictNotice
        conflict={conflict}
        changed="Ce compte rendu a été modifié entre-temps."
        kept="Vos saisies sont conservées dans ce formulaire."
        onReload={loadLatest}
        reloaded={
          <p>
            Dernière version chargée : ce que vous aviez modifié est conservé, le reste est à jour. Vérifiez le formulaire, puis
            enregistrez.
          </p>
        }
      />
      <FormErrorSummary count={Object.keys(errors).length} />
      {failure !== null && <ErrorNotice error={failure} />}

      {base ? null : <InterviewKindFieldset kind={values.kind} onKind={(kind) => set({ kind })} />}

      <TextField
        id="interview-scheduled-on"
        label="Date prévue"
        type="date"
        optional
        value={values.scheduledOn}
        onValue={(scheduledOn) => set({ scheduledOn })}
        error={errors.scheduledOn}
      />
      <TextField
        id="interview-held-on"
        label="Date de réalisation"
        type="date"
        optional
        value={values.heldOn}
        onValue={(heldOn) => set({ heldOn })}
        error={errors.heldOn}
        hint={
          base && conflict === 'reloaded' && values.heldOn !== (base.heldOn ?? '')
            ? `Valeur enregistrée actuellement : ${base.heldOn ? formatDate(base.heldOn) : 'aucune'}`
            : 'Le jour où l’entretien a eu lieu ; laissez vide tant qu’il n’a pas eu lieu.'
        }
      />

      {!base && trustedPerson && values.kind === 'entretien17' && (
        <p class="hint">
          {trustedPerson.name}, la personne de confiance choisie par le jeune, est indiquée parmi les participants : retirez-la si elle
          n’assiste pas à l’entretien.
        </p>
      )}
      <ParticipantsFieldset rows={values.participants} errors={errors} onRows={(participants) => set({ participants })} />
      <TextAreaField
        id="interview-absent-reason"
        label="Si l’entretien a eu lieu sans le jeune : pourquoi"
        optional
        rows={2}
        maxLength={1000}
        value={values.youngPersonAbsentReason}
        onValue={(youngPersonAbsentReason) => set({ youngPersonAbsentReason })}
        error={errors.youngPersonAbsentReason}
      />
      <RightsFieldset rights={values.rights} heldOn={values.heldOn} errors={errors} onRights={(rights) => set({ rights })} />

      <TextAreaField
        id="interview-summary"
        label="Synthèse"
        optional
        rows={6}
        maxLength={SUMMARY_MAX}
        value={values.summary}
        onValue={(summary) => set({ summary })}
        error={errors.summary}
        hint="Ce qui ressort de l’entretien. Le jeune a accès à ce compte rendu."
      />

      <PointsFieldset rows={values.points} errors={errors} onRows={(points) => set({ points })} />

      {values.kind === 'suivi' && (
        <ExitSituationFieldset
          value={values.situation}
          supportAgainToldOn={values.supportAgainToldOn}
          errors={errors}
          onValue={(situation) => set({ situation })}
          onSupportAgainToldOn={(supportAgainToldOn) => set({ supportAgainToldOn })}
        />
      )}

      <FormActions busy={saving} label="Enregistrer le compte rendu" busyLabel="Enregistrement…" onCancel={onCancel} />
    </form>
  );
}
