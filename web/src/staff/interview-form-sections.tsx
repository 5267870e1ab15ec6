import type { ParticipantKind } from '../../../shared/domain/participants.js';
import { RIGHT_WORDS, RIGHTS, type Right, type RightAnswer } from '../../../shared/domain/rights.js';
import { INTERVIEW_KINDS } from '../../../shared/schemas/allowed-values.js';
import type { InterviewKind, PreparationDomain } from '../api/types';
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
import { todayInParis } from '../lib/dates';
import { CheckboxField, RadioGroup, SelectField, TextAreaField, TextField } from './form-fields';
import {
  type FormErrors,
  type ParticipantRow,
  POINT_MAX,
  type PointRow,
  participantRow,
  pointRow,
  type RightRow,
  type SituationValues,
} from './interview-form-rules';
import { RowList, updateRow } from './row-list';

const DOMAIN_OPTIONS = DOMAINS.map((domain) => [domain, domainLabel(domain, 'staff')] as const);
const PARTICIPANT_OPTIONS: readonly (readonly [ParticipantKind | '', string])[] = [
  ['', 'Choisir…'],
  ...(Object.entries(PARTICIPANT_KIND_LABELS) as [ParticipantKind, string][]),
];
const ANSWER_OPTIONS: readonly (readonly [RightAnswer | '', string])[] = [
  ['', 'Pas de réponse'],
  ...(Object.entries(RIGHT_ANSWER_LABELS) as [RightAnswer, string][]),
];
const KIND_OPTIONS = INTERVIEW_KINDS.map(
  (kind) => [kind, kind === 'suivi' ? 'Entretien de suivi (après la sortie de l’ASE)' : INTERVIEW_KIND_LABELS[kind]] as const,
);

/** Which interview a new record is for; an existing record keeps its kind. */
export function InterviewKindFieldset({ kind, onKind }: { kind: InterviewKind; onKind: (kind: InterviewKind) => void }) {
  return <RadioGroup name="interview-kind" legend="Type d’entretien" value={kind} options={KIND_OPTIONS} onValue={onKind} />;
}

export function ParticipantsFieldset({
  rows,
  errors,
  onRows,
}: {
  rows: ParticipantRow[];
  errors: FormErrors;
  onRows: (rows: ParticipantRow[]) => void;
}) {
  return (
    <RowList
      legend="Participants"
      empty="Aucun participant indiqué."
      rows={rows}
      rowLegend={(index) => `Participant ${index + 1}`}
      removeLabel={(index) => `Retirer le participant ${index + 1}`}
      addId="add-participant"
      addLabel="Ajouter un participant"
      onAdd={() => {
        const row = participantRow();
        onRows([...rows, row]);
        return `participant-${row.key}-kind`;
      }}
      onRemove={(row) => onRows(rows.filter((other) => other.key !== row.key))}
    >
      {(row, index) => (
        <>
          <SelectField<ParticipantKind | ''>
            id={`participant-${row.key}-kind`}
            label="Qui est-ce ?"
            value={row.kind}
            options={PARTICIPANT_OPTIONS}
            error={errors[`participants.${index}.kind`]}
            onValue={(kind) => onRows(updateRow(rows, row.key, { kind }))}
          />
          <TextField
            id={`participant-${row.key}-name`}
            label="Nom"
            value={row.name}
            maxLength={120}
            error={errors[`participants.${index}.name`]}
            onValue={(name) => onRows(updateRow(rows, row.key, { name }))}
          />
          <TextField
            id={`participant-${row.key}-role`}
            label="Précision"
            optional
            value={row.role}
            maxLength={120}
            hint="Par exemple : assistante familiale, éducateur de la MECS, mission locale."
            error={errors[`participants.${index}.role`]}
            onValue={(role) => onRows(updateRow(rows, row.key, { role }))}
          />
        </>
      )}
    </RowList>
  );
}

export function PointsFieldset({ rows, errors, onRows }: { rows: PointRow[]; errors: FormErrors; onRows: (rows: PointRow[]) => void }) {
  return (
    <RowList
      legend="Points abordés, par domaine"
      empty="Aucun point indiqué."
      rows={rows}
      rowLegend={(index) => `Point ${index + 1}`}
      removeLabel={(index) => `Retirer le point ${index + 1}`}
      addId="add-point"
      addLabel="Ajouter un point"
      onAdd={() => {
        const row = pointRow();
        onRows([...rows, row]);
        return `point-${row.key}-domain`;
      }}
      onRemove={(row) => onRows(rows.filter((other) => other.key !== row.key))}
    >
      {(row, index) => (
        <>
          <SelectField<PreparationDomain>
            id={`point-${row.key}-domain`}
            label="Domaine"
            value={row.domain}
            options={DOMAIN_OPTIONS}
            onValue={(domain) => onRows(updateRow(rows, row.key, { domain }))}
          />
          <TextAreaField
            id={`point-${row.key}-text`}
            label="Ce qui a été dit ou décidé"
            rows={3}
            maxLength={POINT_MAX}
            value={row.text}
            error={errors[`points.${index}.text`]}
            onValue={(text) => onRows(updateRow(rows, row.key, { text }))}
          />
        </>
      )}
    </RowList>
  );
}

/** The four exit indicators, each a category or « Inconnu »: at exit (the file) and six months later (the follow-up). */
export function ExitIndicatorSelects({
  idPrefix,
  value,
  invalid = false,
  onValue,
}: {
  idPrefix: string;
  value: SituationValues;
  /** The set has an error: each indicator still to choose is marked, so that the focus goes to the first. */
  invalid?: boolean;
  onValue: (value: SituationValues) => void;
}) {
  return (
    <>
      {EXIT_INDICATORS.map((indicator) => (
        <SelectField<string>
          key={indicator}
          id={`${idPrefix}-${indicator}`}
          label={EXIT_INDICATOR_LABELS[indicator]}
          value={value[indicator]}
          invalid={invalid && value[indicator] === ''}
          options={[['', 'Non renseigné'], ...Object.entries(EXIT_CATEGORY_LABELS[indicator])] as (readonly [string, string])[]}
          onValue={(category) => onValue({ ...value, [indicator]: category } as SituationValues)}
        />
      ))}
    </>
  );
}

/** The situation six months after care ends, by category, and the reminder that support may be asked again. */
export function ExitSituationFieldset({
  value,
  supportAgainToldOn,
  errors,
  onValue,
  onSupportAgainToldOn,
}: {
  value: SituationValues;
  supportAgainToldOn: string;
  errors: FormErrors;
  onValue: (value: SituationValues) => void;
  onSupportAgainToldOn: (date: string) => void;
}) {
  return (
    <fieldset>
      <legend>Situation six mois après la sortie</legend>
      <p class="hint">Les quatre indicateurs que le département compte ; « Inconnu » si vous ne savez pas.</p>
      {errors.situation && <p class="field-error">{errors.situation}</p>}
      <ExitIndicatorSelects idPrefix="situation" value={value} onValue={onValue} />
      <TextField
        id="interview-support-again"
        label="Informé·e qu’il ou elle peut redemander un accompagnement, le"
        type="date"
        optional
        value={supportAgainToldOn}
        error={errors.supportAgainToldOn}
        onValue={onSupportAgainToldOn}
      />
    </fieldset>
  );
}

/** The rights the entretien must tell, each ticked with the day told and the young person's answer. */
export function RightsFieldset({
  rights,
  heldOn,
  errors,
  onRights,
}: {
  rights: Record<Right, RightRow>;
  heldOn: string;
  errors: FormErrors;
  onRights: (rights: Record<Right, RightRow>) => void;
}) {
  return (
    <fieldset>
      <legend>Droits expliqués au jeune</legend>
      <p class="hint">Cochez chaque droit expliqué, avec la date, et la réponse du jeune quand il y en a une.</p>
      {RIGHTS.map((right) => {
        const row = rights[right];
        const setRight = (changes: Partial<RightRow>) => onRights({ ...rights, [right]: { ...row, ...changes } });
        return (
          <div key={right} class="row">
            <CheckboxField
              id={`right-${right}`}
              label={RIGHT_WORDS[right].staff}
              checked={row.told}
              onChecked={(told) => setRight({ told, toldOn: told && !row.toldOn ? heldOn || todayInParis() : row.toldOn })}
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
                    label={`Réponse du jeune : ${RIGHT_WORDS[right].question}`}
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
  );
}
