import { useRef, useState } from 'preact/hooks';
import type { Youth } from '../api/types';
import { getYouth, updateYouth } from '../api/youth';
import { EXIT_INDICATOR_LABELS, EXIT_INDICATORS, exitCategoryLabel } from '../interviews/labels';
import { formatDate, todayInParis } from '../lib/dates';
import { Fact } from '../ui/fact';
import { ErrorNotice } from '../ui/notices';
import { announce } from '../ui/status';
import { ConflictNotice } from './conflict-notice';
import { exitSituationChanged, exitSituationOf, exitValuesOf, validateExitValues } from './exit-situation-rules';
import { FormActions, FormErrorSummary } from './form-fields';
import { ExitIndicatorSelects } from './interview-form-sections';
import { useVersionedSave, type VersionedFormEvents } from './use-versioned-save';
import { fieldErrorsFromDetails } from './youth-form-rules';

/**
 * « Situation à la sortie »: when care ends, the binôme or an admin records the four
 * indicators départements count (housing, resources, activity, health cover), each by
 * category with « Inconnu ». It needs the care end date (the API refuses it before).
 */
export function ExitSituationSection({ youth, canWrite, onSaved }: { youth: Youth; canWrite: boolean; onSaved: (youth: Youth) => void }) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setEditing(false);
    setTimeout(() => editButton.current?.focus());
  };
  const ended = youth.careEndDate !== null && youth.careEndDate <= todayInParis();
  return (
    <section aria-labelledby="situation-sortie">
      <h2 id="situation-sortie">Situation à la sortie</h2>
      {youth.careEndDate === null ? (
        <p class="empty">Se renseigne quand la fin de prise en charge est connue.</p>
      ) : (
        <>
          <p>
            Fin de prise en charge {ended ? 'le' : 'prévue le'} {formatDate(youth.careEndDate)}. Les quatre indicateurs que le département
            compte à la sortie ; l’entretien de suivi les renseigne de nouveau six mois après.
          </p>
          {!editing && (
            <dl class="details">
              {EXIT_INDICATORS.map((indicator) => (
                <Fact key={indicator} term={EXIT_INDICATOR_LABELS[indicator]}>
                  {exitCategoryLabel(indicator, youth.exitSituation?.[indicator])}
                </Fact>
              ))}
            </dl>
          )}
          {canWrite &&
            (editing ? (
              <ExitSituationForm
                youth={youth}
                onCancel={close}
                onSaved={(saved) => {
                  onSaved(saved);
                  close();
                  announce('La situation à la sortie a été enregistrée.');
                }}
                onNewerVersion={onSaved}
              />
            ) : (
              <button type="button" class="button button--secondary" ref={editButton} onClick={() => setEditing(true)}>
                {youth.exitSituation ? 'Modifier la situation à la sortie' : 'Renseigner la situation à la sortie'}
              </button>
            ))}
        </>
      )}
    </section>
  );
}

function ExitSituationForm({ youth, onSaved, onCancel, onNewerVersion }: { youth: Youth } & VersionedFormEvents<Youth>) {
  const [base, setBase] = useState(youth);
  const [values, setValues] = useState(() => exitValuesOf(youth));
  const { form, errors, failure, conflict, saving, save, reload } = useVersionedSave<Youth, { exitSituation?: string }>({
    validate: () => validateExitValues(values),
    errorsOf: (details) => fieldErrorsFromDetails(details, ['exitSituation'] as const),
    onSaved,
  });
  return (
    <form
      ref={form}
      class="form"
      noValidate
      aria-labelledby="situation-sortie-form"
      onSubmit={(event) =>
        save(event, () =>
          exitSituationChanged(base, values)
            ? () => updateYouth(base.id, { version: base.version, exitSituation: exitSituationOf(values) })
            : null,
        )
      }
    >
      <h3 id="situation-sortie-form">Situation à la sortie</h3>
      <ConflictNotice
        conflict={conflict}
        changed="Ce dossier a été modifié entre-temps."
        kept="Vos choix sont conservés dans ce formulaire."
        onReload={() =>
          reload(async () => {
            const latest = await getYouth(base.id);
            setBase(latest);
            onNewerVersion(latest);
          })
        }
        reloaded={<p>Dernière version chargée : vos choix sont conservés, enregistrez-les de nouveau.</p>}
      />
      <FormErrorSummary count={Object.keys(errors).length} />
      {failure !== null && <ErrorNotice error={failure} />}
      <fieldset aria-describedby={errors.exitSituation ? 'exit-situation-error' : undefined}>
        <legend>Les quatre indicateurs</legend>
        <p class="hint">Choisissez « Inconnu » si vous ne savez pas : il est compté comme tel.</p>
        {errors.exitSituation && (
          <p class="field-error" id="exit-situation-error">
            Erreur : {errors.exitSituation}
          </p>
        )}
        <ExitIndicatorSelects idPrefix="exit" value={values} onValue={setValues} invalid={Boolean(errors.exitSituation)} />
      </fieldset>
      <FormActions busy={saving} label="Enregistrer la situation à la sortie" busyLabel="Enregistrement…" onCancel={onCancel} />
    </form>
  );
}
