import { useEffect, useRef, useState } from 'preact/hooks';
import type { ParticipantKind } from '../../../shared/domain/participants.js';
import { RIGHT_WORDS, RIGHTS, type RightAnswer } from '../../../shared/domain/rights.js';
import { INTERVIEW_KINDS } from '../../../shared/schemas/allowed-values.js';
import { createInterview, getInterview, updateInterview } from '../api/interviews';
import type { Interview, InterviewKind, PreparationDomain } from '../api/types';
import {
  DOMAINS,
  domainLabel,
  EXIT_CATEGORY_LABELS,
  EXIT_INDICATOR_LABELS,
  EXIT_INDICATORS,
  INTERVIEW_KIND_LABELS,
  PARTICIPANT_KIND_LABELS,
  RIGHT_ANSWER_LABELS,
} from '../interviews/labels';
import { formatDate, todayInParis } from '../lib/dates';
import { IdempotencyKeys } from '../lib/idempotency';
import { ErrorNotice } from '../ui/notices';
import { announce } from '../ui/status';
import { CheckboxField, FormErrorSummary, focusFirstError, SelectField, TextAreaField, TextField } from './form-fields';
import {
  changedInterviewFields,
  emptyInterviewValues,
  type FormErrors,
  formErrorsFromDetails,
  type InterviewValues,
  interviewFieldsOf,
  interviewValuesOf,
  POINT_MAX,
  participantRow,
  pointRow,
  type RightRow,
  rebaseInterview,
  type SituationValues,
  SUMMARY_MAX,
  validateInterview,
} from './interview-form-rules';
import { classifySaveFailure } from './save-failure';

type Conflict = 'none' | 'detected' | 'reloading' | 'reloaded';

const DOMAIN_OPTIONS = DOMAINS.map((domain) => [domain, domainLabel(domain, 'staff')] as const);
const PARTICIPANT_OPTIONS: readonly (readonly [ParticipantKind | '', string])[] = [
  ['', 'Choisir…'],
  ...(Object.entries(PARTICIPANT_KIND_LABELS) as [ParticipantKind, string][]),
];
const ANSWER_OPTIONS: readonly (readonly [RightAnswer | '', string])[] = [
  ['', 'Pas de réponse'],
  ...(Object.entries(RIGHT_ANSWER_LABELS) as [RightAnswer, string][]),
];

/**
 * Creates an interview record, or edits one with optimistic locking as the profile form
 * does: on a 409 the user's edits stay, the latest version is loaded under them, and
 * only the fields the user changed keep the user's value.
 */
export function InterviewForm({
  youthId,
  interview,
  defaultKind,
  onSaved,
  onCancel,
  onNewerVersion,
}: {
  youthId: string;
  interview: Interview | null;
  defaultKind: InterviewKind;
  onSaved: (interview: Interview) => void;
  onCancel: () => void;
  onNewerVersion: (interview: Interview) => void;
}) {
  const [base, setBase] = useState(interview);
  const [values, setValues] = useState<InterviewValues>(() =>
    interview ? interviewValuesOf(interview) : emptyInterviewValues(defaultKind),
  );
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Conflict>('none');
  const [saving, setSaving] = useState(false);
  const keys = useRef(new IdempotencyKeys());
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('h3')?.focus();
  }, []);

  const set = (changes: Partial<InterviewValues>) => setValues((current) => ({ ...current, ...changes }));
  const focusLater = (selector: string) => setTimeout(() => form.current?.querySelector<HTMLElement>(selector)?.focus());

  async function submit(event: Event) {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    const found = validateInterview(values, todayInParis());
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setTimeout(() => focusFirstError(form.current));
      return;
    }
    let send: () => Promise<Interview>;
    if (base) {
      const changes = changedInterviewFields(base, values);
      if (Object.keys(changes).length === 0) {
        announce('Aucune modification à enregistrer.');
        return;
      }
      send = () => updateInterview(youthId, base.id, { version: base.version, ...changes });
    } else {
      const { situation, supportAgainToldOn, ...fields } = interviewFieldsOf(values);
      const body = { kind: values.kind, ...fields, ...(values.kind === 'suivi' ? { situation, supportAgainToldOn } : {}) };
      send = () => createInterview(youthId, body, keys.current.keyFor(body));
    }
    setSaving(true);
    try {
      const saved = await send();
      keys.current.reset();
      onSaved(saved);
    } catch (error) {
      const outcome = classifySaveFailure(error, (details) =>
        formErrorsFromDetails(details, (path) => ['scheduledOn', 'heldOn', 'summary', 'youngPersonAbsentReason'].includes(path)),
      );
      if (outcome.kind === 'conflict') {
        setConflict('detected');
      } else if (outcome.kind === 'fields') {
        setErrors(outcome.errors);
        setFailure(null);
        setTimeout(() => focusFirstError(form.current));
      } else {
        setFailure(outcome.error);
      }
    } finally {
      setSaving(false);
    }
  }

  async function loadLatest() {
    if (!base) return;
    setConflict('reloading');
    setFailure(null);
    try {
      const latest = await getInterview(youthId, base.id);
      setValues(rebaseInterview(base, latest, values));
      setBase(latest);
      onNewerVersion(latest);
      setConflict('reloaded');
    } catch (error) {
      setConflict('detected');
      setFailure(error);
    }
  }

  const title = base ? `Modifier le compte rendu : ${INTERVIEW_KIND_LABELS[values.kind].toLowerCase()}` : 'Nouveau compte rendu';
  return (
    <form ref={form} class="form" noValidate onSubmit={submit} aria-labelledby="interview-form-title">
      <h3 id="interview-form-title" tabIndex={-1}>
        {title}
      </h3>
      {(conflict === 'detected' || conflict === 'reloading') && (
        <div class="notice notice--warning" role="alert">
          <p>
            <strong>Attention : </strong>Ce compte rendu a été modifié entre-temps. Rechargez pour voir la dernière version.
          </p>
          <p>Vos saisies sont conservées dans ce formulaire.</p>
          <button type="button" class="button button--secondary" aria-busy={conflict === 'reloading'} onClick={loadLatest}>
            Recharger la dernière version
          </button>
        </div>
      )}
      {conflict === 'reloaded' && (
        <div class="notice notice--info" role="status">
          <p>
            Dernière version chargée : ce que vous aviez modifié est conservé, le reste est à jour. Vérifiez le formulaire, puis
            enregistrez.
          </p>
        </div>
      )}
      <FormErrorSummary count={Object.keys(errors).length} />
      {failure !== null && <ErrorNotice error={failure} />}

      {base ? null : (
        <fieldset>
          <legend>Type d’entretien</legend>
          {INTERVIEW_KINDS.map((kind) => (
            <div key={kind} class="field--radio">
              <input
                type="radio"
                id={`interview-kind-${kind}`}
                name="interview-kind"
                checked={values.kind === kind}
                onChange={() => set({ kind })}
              />
              <label for={`interview-kind-${kind}`}>
                {kind === 'suivi' ? 'Entretien de suivi (après la sortie de l’ASE)' : INTERVIEW_KIND_LABELS[kind]}
              </label>
            </div>
          ))}
        </fieldset>
      )}

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
            ? `Valeur enregistrée actuellement : ${base.heldOn ? formatDate(base.heldOn) : 'aucune'}`
            : 'Le jour où l’entretien a eu lieu ; laissez vide tant qu’il n’a pas eu lieu.'
        }
      />

      <fieldset>
        <legend>Participants</legend>
        {values.participants.length === 0 && <p class="hint">Aucun participant indiqué.</p>}
        {values.participants.map((row, index) => (
          <fieldset key={row.key} class="row">
            <legend>Participant {index + 1}</legend>
            <SelectField<ParticipantKind | ''>
              id={`participant-${row.key}-kind`}
              label="Qui est-ce ?"
              value={row.kind}
              options={PARTICIPANT_OPTIONS}
              error={errors[`participants.${index}.kind`]}
              onValue={(kind) => set({ participants: values.participants.map((p) => (p.key === row.key ? { ...p, kind } : p)) })}
            />
            <TextField
              id={`participant-${row.key}-name`}
              label="Nom"
              value={row.name}
              maxLength={120}
              error={errors[`participants.${index}.name`]}
              onValue={(name) => set({ participants: values.participants.map((p) => (p.key === row.key ? { ...p, name } : p)) })}
            />
            <TextField
              id={`participant-${row.key}-role`}
              label="Précision"
              optional
              value={row.role}
              maxLength={120}
              hint="Par exemple : assistante familiale, éducateur de la MECS, mission locale."
              error={errors[`participants.${index}.role`]}
              onValue={(role) => set({ participants: values.participants.map((p) => (p.key === row.key ? { ...p, role } : p)) })}
            />
            <button
              type="button"
              class="button button--quiet"
              onClick={() => {
                set({ participants: values.participants.filter((p) => p.key !== row.key) });
                focusLater('#add-participant');
              }}
            >
              Retirer le participant {index + 1}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          id="add-participant"
          class="button button--secondary"
          onClick={() => {
            const row = participantRow();
            set({ participants: [...values.participants, row] });
            focusLater(`#participant-${row.key}-name`);
          }}
        >
          Ajouter un participant
        </button>
      </fieldset>

      <TextAreaField
        id="interview-absent-reason"
        label="Si l’entretien a eu lieu sans le jeune : pourquoi"
        optional
        rows={2}
        maxLength={1000}
        value={values.youngPersonAbsentReason}
        onValue={(youngPersonAbsentReason) => set({ youngPersonAbsentReason })}
        error={errors.youngPersonAbsentReason}
      />

      <fieldset>
        <legend>Droits expliqués au jeune</legend>
        <p class="hint">Cochez chaque droit expliqué, avec la date, et la réponse du jeune quand il y en a une.</p>
        {RIGHTS.map((right) => {
          const row = values.rights[right];
          const setRight = (changes: Partial<RightRow>) => set({ rights: { ...values.rights, [right]: { ...row, ...changes } } });
          return (
            <div key={right} class="row">
              <CheckboxField
                id={`right-${right}`}
                label={RIGHT_WORDS[right].staff}
                checked={row.told}
                onChecked={(told) => setRight({ told, toldOn: told && !row.toldOn ? values.heldOn || todayInParis() : row.toldOn })}
              />
              {row.told && (
                <>
                  <TextField
                    id={`right-${right}-told-on`}
                    label="Expliqué le"
                    type="date"
                    value={row.toldOn}
                    error={errors[`rights.${right}.toldOn`]}
                    onValue={(toldOn) => setRight({ toldOn })}
                  />
                  {RIGHT_WORDS[right].question && (
                    <SelectField<RightAnswer | ''>
                      id={`right-${right}-answer`}
                      label={`Réponse du jeune : ${RIGHT_WORDS[right].question}`}
                      value={row.answer}
                      options={ANSWER_OPTIONS}
                      onValue={(answer) => setRight({ answer })}
                    />
                  )}
                </>
              )}
            </div>
          );
        })}
      </fieldset>

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

      <fieldset>
        <legend>Points abordés, par domaine</legend>
        {values.points.length === 0 && <p class="hint">Aucun point indiqué.</p>}
        {values.points.map((row, index) => (
          <fieldset key={row.key} class="row">
            <legend>Point {index + 1}</legend>
            <SelectField<PreparationDomain>
              id={`point-${row.key}-domain`}
              label="Domaine"
              value={row.domain}
              options={DOMAIN_OPTIONS}
              onValue={(domain) => set({ points: values.points.map((p) => (p.key === row.key ? { ...p, domain } : p)) })}
            />
            <TextAreaField
              id={`point-${row.key}-text`}
              label="Ce qui a été dit ou décidé"
              rows={3}
              maxLength={POINT_MAX}
              value={row.text}
              error={errors[`points.${index}.text`]}
              onValue={(text) => set({ points: values.points.map((p) => (p.key === row.key ? { ...p, text } : p)) })}
            />
            <button
              type="button"
              class="button button--quiet"
              onClick={() => {
                set({ points: values.points.filter((p) => p.key !== row.key) });
                focusLater('#add-point');
              }}
            >
              Retirer le point {index + 1}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          id="add-point"
          class="button button--secondary"
          onClick={() => {
            const row = pointRow();
            set({ points: [...values.points, row] });
            focusLater(`#point-${row.key}-domain`);
          }}
        >
          Ajouter un point
        </button>
      </fieldset>

      {values.kind === 'suivi' && (
        <fieldset>
          <legend>Situation six mois après la sortie</legend>
          <p class="hint">Les quatre indicateurs que le département compte ; « Inconnu » si vous ne savez pas.</p>
          {errors.situation && (
            <p class="field-error" id="situation-error">
              {errors.situation}
            </p>
          )}
          {EXIT_INDICATORS.map((indicator) => (
            <SelectField<string>
              key={indicator}
              id={`situation-${indicator}`}
              label={EXIT_INDICATOR_LABELS[indicator]}
              value={values.situation[indicator]}
              options={[['', 'Non renseigné'], ...Object.entries(EXIT_CATEGORY_LABELS[indicator])] as (readonly [string, string])[]}
              onValue={(value) => set({ situation: { ...values.situation, [indicator]: value } as SituationValues })}
            />
          ))}
          <TextField
            id="interview-support-again"
            label="Informé·e qu’il ou elle peut redemander un accompagnement, le"
            type="date"
            optional
            value={values.supportAgainToldOn}
            error={errors.supportAgainToldOn}
            onValue={(supportAgainToldOn) => set({ supportAgainToldOn })}
          />
        </fieldset>
      )}

      <div class="form-actions">
        <button type="submit" class="button" aria-busy={saving}>
          {saving ? 'Enregistrement…' : 'Enregistrer le compte rendu'}
        </button>
        <button type="button" class="button button--quiet" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}
