import { INTERVIEW_KINDS } from '../../../shared/schemas/allowed-values.js';
import type { ExitSituation, InterviewKind, PreparationDomain } from '../api/types';
import { DOMAINS, domainLabel, EXIT_INDICATOR_LABELS, EXIT_INDICATORS, INTERVIEW_KIND_LABELS } from '../interviews/labels';
import { CheckboxField, RadioGroup, SelectField, TextAreaField, TextField } from './form-fields';
import { type FormErrors, type ParticipantRow, POINT_MAX, type PointRow, participantRow, pointRow } from './interview-form-rules';
import { RowList, updateRow } from './row-list';

const DOMAIN_OPTIONS = DOMAINS.map((domain) => [domain, domainLabel(domain, 'staff')] as const);
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
        return `participant-${row.key}-name`;
      }}
      onRemove={(row) => onRows(rows.filter((other) => other.key !== row.key))}
    >
      {(row, index) => (
        <>
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
            label="Rôle"
            value={row.role}
            maxLength={120}
            hint="Par exemple : jeune, référente ASE, coordinateur, assistante familiale."
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

/** The four exit indicators, recorded at the follow-up interview. */
export function ExitSituationFieldset({ value, onValue }: { value: ExitSituation; onValue: (value: ExitSituation) => void }) {
  return (
    <fieldset>
      <legend>Situation du jeune à la sortie</legend>
      <p class="hint">Cochez ce qui est acquis au moment de l’entretien de suivi.</p>
      {EXIT_INDICATORS.map((indicator) => (
        <CheckboxField
          key={indicator}
          id={`exit-${indicator}`}
          label={EXIT_INDICATOR_LABELS[indicator]}
          checked={value[indicator]}
          onChecked={(checked) => onValue({ ...value, [indicator]: checked })}
        />
      ))}
    </fieldset>
  );
}
