import { useEffect, useState } from 'preact/hooks';
import type { Youth } from '../api/types';
import { getYouth, updateYouth } from '../api/youth';
import { formatDate, todayInParis } from '../lib/dates';
import { ErrorNotice } from '../ui/notices';
import { ConflictNotice } from './conflict-notice';
import { FormActions, FormErrorSummary } from './form-fields';
import { useVersionedSave, type VersionedFormEvents } from './use-versioned-save';
import { YouthDetailsFields } from './youth-details-fields';
import {
  changedDetails,
  detailsValuesOf,
  type FieldErrors,
  fieldErrorsFromDetails,
  rebaseDetails,
  validateDetails,
  type YouthDetailsValues,
} from './youth-form-rules';

const FIELDS = ['firstName', 'lastName', 'birthDate', 'careStartDate', 'careEndDate'] as const;

/**
 * Edits the details with optimistic locking: the PATCH carries the version the form
 * started from. When someone saved in between (409), the user's edits stay in the form,
 * the latest version is loaded under them (other fields take its values), and what now
 * differs from it is shown beside each field before saving again.
 */
export function YouthEditForm({ youth, onSaved, onCancel, onNewerVersion }: { youth: Youth } & VersionedFormEvents<Youth>) {
  const [base, setBase] = useState(youth);
  const [values, setValues] = useState<YouthDetailsValues>(() => detailsValuesOf(youth));
  const { form, errors, failure, conflict, saving, save, reload } = useVersionedSave<Youth, FieldErrors<keyof YouthDetailsValues>>({
    validate: () => validateDetails(values, todayInParis()),
    errorsOf: (details) => fieldErrorsFromDetails(details, FIELDS),
    onSaved,
  });

  useEffect(() => {
    form.current?.querySelector('input')?.focus();
  }, []);

  const submit = (event: Event) =>
    save(event, () => {
      const changes = changedDetails(base, values);
      return Object.keys(changes).length === 0 ? null : () => updateYouth(base.id, { version: base.version, ...changes });
    });

  const loadLatest = () =>
    reload(async () => {
      const latest = await getYouth(base.id);
      setValues(rebaseDetails(base, latest, values));
      setBase(latest);
      onNewerVersion(latest);
    });

  // After loading the latest version, show what is saved now beside each edit that differs from it.
  const savedNow = detailsValuesOf(base);
  const savedShown: Record<keyof YouthDetailsValues, string> = {
    firstName: savedNow.firstName,
    lastName: savedNow.lastName,
    birthDate: formatDate(savedNow.birthDate),
    careStartDate: savedNow.careStartDate ? formatDate(savedNow.careStartDate) : 'non renseignée',
    careEndDate: savedNow.careEndDate ? formatDate(savedNow.careEndDate) : 'non renseignée',
  };
  const savedHint = (field: keyof YouthDetailsValues) =>
    conflict === 'reloaded' && savedNow[field] !== values[field] ? `Valeur enregistrée actuellement : ${savedShown[field]}` : undefined;

  return (
    <form ref={form} class="form" noValidate onSubmit={submit} aria-labelledby="modifier-titre">
      <h3 id="modifier-titre">Modifier les informations</h3>
      <ConflictNotice
        conflict={conflict}
        changed="Ce dossier a été modifié entre-temps."
        kept="Vos saisies sont conservées dans ce formulaire."
        onReload={loadLatest}
        reloaded={
          <p>
            Dernière version chargée : les informations ci-dessus sont à jour. Vos modifications sont conservées dans le formulaire ;
            vérifiez-les, puis enregistrez.
          </p>
        }
      />
      <FormErrorSummary count={Object.keys(errors).length} />
      {failure !== null && <ErrorNotice error={failure} />}
      <YouthDetailsFields
        idPrefix="edit"
        values={values}
        errors={errors}
        onValue={(field, value) => setValues({ ...values, [field]: value })}
        hint={savedHint}
      />
      <FormActions busy={saving} label="Enregistrer" busyLabel="Enregistrement…" onCancel={onCancel} />
    </form>
  );
}
