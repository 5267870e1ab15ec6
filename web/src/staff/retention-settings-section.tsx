import { useRef, useState } from 'preact/hooks';
import { RETENTION_YEARS_LIMITS } from '../../../shared/domain/retention.js';
import { getRetentionSettings, putRetentionSettings } from '../api/archive';
import type { RetentionSettings } from '../api/types';
import { Fact } from '../ui/fact';
import { ErrorNotice, Loading } from '../ui/notices';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { parseRetentionSettings, RETENTION_SETTINGS_FIELDS, type RetentionSettingsValues } from './archive-words';
import { FormActions, FormErrorSummary, TextField } from './form-fields';
import { useVersionedSave } from './use-versioned-save';
import { fieldErrorsFromDetails } from './youth-form-rules';

const years = (count: number) => (count === 1 ? '1 an' : `${count} ans`);

/** What the form says of each duration. */
const FIELD_WORDS: Record<keyof RetentionSettingsValues, { label: string; hint: string }> = {
  activeYears: {
    label: 'Années en base active',
    hint: 'Après le dernier contact du jeune ou la fin de sa prise en charge. La CNIL recommande 2 ans.',
  },
  intermediateYears: {
    label: 'Années en archive intermédiaire',
    hint: 'Selon le tableau de gestion des archives départementales.',
  },
  markersYears: {
    label: 'Années avant l’effacement des marqueurs de participation aux comités',
    hint: 'Après la publication des résultats d’une consultation : qui a voté ou répondu au suivi est alors effacé ; les résultats anonymes et les avis restent.',
  },
};

/** « Durées de conservation » (administrateur·rice): the département's retention periods, which the daily job applies. */
export function RetentionSettingsSection() {
  const settings = useAsync((signal) => getRetentionSettings(signal), []);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);

  function close() {
    setEditing(false);
    setTimeout(() => editButton.current?.focus());
  }

  return (
    <section aria-labelledby="durees-conservation">
      <h2 id="durees-conservation">Durées de conservation</h2>
      {settings.state.status === 'loading' && <Loading />}
      {settings.state.status === 'failed' && <ErrorNotice error={settings.state.error} onRetry={settings.reload} />}
      {settings.state.status === 'ready' &&
        (editing ? (
          <RetentionSettingsForm
            current={settings.state.data}
            onSaved={(saved) => {
              settings.setData(saved);
              close();
              announce('Durées de conservation enregistrées : le travail quotidien les applique dès sa prochaine exécution.');
            }}
            onCancel={close}
          />
        ) : (
          <>
            <dl class="details">
              <Fact term="En base active">
                {years(settings.state.data.activeYears)} après le dernier contact du jeune ou la fin de sa prise en charge, la plus tardive
                des deux
              </Fact>
              <Fact term="En archive intermédiaire">
                {years(settings.state.data.intermediateYears)}, puis versement aux archives départementales ou destruction
              </Fact>
              <Fact term="Marqueurs de participation aux comités">
                {years(settings.state.data.markersYears ?? 1)} après la publication des résultats, puis effacés (les résultats anonymes et
                les avis restent)
              </Fact>
            </dl>
            <button type="button" class="button button--secondary" ref={editButton} onClick={() => setEditing(true)}>
              Modifier les durées
            </button>
          </>
        ))}
    </section>
  );
}

function RetentionSettingsForm({
  current,
  onSaved,
  onCancel,
}: {
  current: RetentionSettings;
  onSaved: (saved: RetentionSettings) => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<RetentionSettingsValues>({
    activeYears: String(current.activeYears),
    intermediateYears: String(current.intermediateYears),
    markersYears: String(current.markersYears ?? 1),
  });
  const { form, errors, failure, saving, save } = useVersionedSave<RetentionSettings, Partial<RetentionSettingsValues>>({
    validate: () => parseRetentionSettings(values).errors ?? {},
    errorsOf: (details) => fieldErrorsFromDetails(details, RETENTION_SETTINGS_FIELDS),
    onSaved,
  });

  function request() {
    const { settings } = parseRetentionSettings(values);
    return settings ? () => putRetentionSettings(settings) : null;
  }

  return (
    <form ref={form} class="form" noValidate onSubmit={(event) => save(event, request)} aria-label="Modifier les durées de conservation">
      <FormErrorSummary count={Object.keys(errors).length} />
      {failure !== null && <ErrorNotice error={failure} />}
      {RETENTION_SETTINGS_FIELDS.map((field) => (
        <TextField
          key={field}
          id={field}
          label={FIELD_WORDS[field].label}
          hint={FIELD_WORDS[field].hint}
          inputMode="numeric"
          // As many digits as the largest number of years allowed.
          maxLength={String(RETENTION_YEARS_LIMITS[field].max).length}
          value={values[field]}
          onValue={(typed) => setValues({ ...values, [field]: typed })}
          error={errors[field]}
        />
      ))}
      <FormActions busy={saving} label="Enregistrer les durées" busyLabel="Enregistrement…" onCancel={onCancel} />
    </form>
  );
}
