import { useEffect, useState } from 'preact/hooks';
import type { Youth } from '../api/types';
import { getYouth, updateYouth } from '../api/youth';
import { formatDate, todayInParis } from '../lib/dates';
import { ErrorNotice } from '../ui/notices';
import { ConflictNotice } from './conflict-notice';
import { FormErrorSummary, TextField } from './form-fields';
import { useVersionedSave } from './use-versioned-save';
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
export function YouthEditForm({
  youth,
  onSaved,
  onCancel,
  onNewerVersion,
}: {
  youth: Youth;
  onSaved: (youth: Youth) => void;
  onCancel: () => void;
  onNewerVersion: (youth: Youth) => void;
}) {
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

  const set = (field: keyof YouthDetailsValues) => (value: string) => setValues({ ...values, [field]: value });

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
  const savedHint = (field: keyof YouthDetailsValues, shown: string) =>
    conflict === 'reloaded' && savedNow[field] !== values[field] ? `Valeur enregistrée actuellement : ${shown}` : undefined;

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
            Dernière version chargée : les informations ci-dessus sont à jour. Vos modifications sont conservées dans le formulaire ;
            vérifiez-les, puis enregistrez.
          </p>
        }
      />
      <FormErrorSummary count={Object.keys(errors).length} />
      {failure !== null && <ErrorNotice error={failure} />}
      <TextField
        id="edit-first-name"
        label="Prénom"
        value={values.firstName}
        onValue={set('firstName')}
        error={errors.firstName}
        hint={savedHint('firstName', savedNow.firstName)}
      />
      <TextField
        id="edit-last-name"
        label="Nom"
        value={values.lastName}
        onValue={set('lastName')}
        error={errors.lastName}
        hint={savedHint('lastName', savedNow.lastName)}
      />
      <TextField
        id="edit-birth-date"
        label="Date de naissance"
        type="date"
        value={values.birthDate}
        onValue={set('birthDate')}
        error={errors.birthDate}
        hint={savedHint('birthDate', formatDate(savedNow.birthDate))}
      />
      <TextField
        id="edit-care-start-date"
        label="Admission à l’ASE"
        type="date"
        optional
        value={values.careStartDate}
        onValue={set('careStartDate')}
        error={errors.careStartDate}
        hint={savedHint('careStartDate', savedNow.careStartDate ? formatDate(savedNow.careStartDate) : 'non renseignée')}
      />
      <TextField
        id="edit-care-end-date"
        label="Fin de prise en charge"
        type="date"
        optional
        value={values.careEndDate}
        onValue={set('careEndDate')}
        error={errors.careEndDate}
        hint={
          savedHint('careEndDate', savedNow.careEndDate ? formatDate(savedNow.careEndDate) : 'non renseignée') ??
          'Laissez vide si elle n’est pas encore connue.'
        }
      />
      <div class="form-actions">
        <button type="submit" class="button" aria-busy={saving}>
          {saving ? 'Enregistrement…' : 'Enregistrer'}
        </button>
        <button type="button" class="button button--quiet" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}
