import { useEffect, useRef, useState } from 'preact/hooks';
import type { Youth } from '../api/types';
import { getYouth, updateYouth } from '../api/youth';
import { formatDate, todayInParis } from '../lib/dates';
import { ErrorNotice } from '../ui/notices';
import { announce } from '../ui/status';
import { FormErrorSummary, focusFirstError, TextField } from './form-fields';
import { classifySaveFailure } from './save-failure';
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

type Conflict = 'none' | 'detected' | 'reloading' | 'reloaded';

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
  const [errors, setErrors] = useState<FieldErrors<keyof YouthDetailsValues>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Conflict>('none');
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    form.current?.querySelector('input')?.focus();
  }, []);

  const set = (field: keyof YouthDetailsValues) => (value: string) => setValues({ ...values, [field]: value });

  async function submit(event: Event) {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    const found = validateDetails(values, todayInParis());
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setTimeout(() => focusFirstError(form.current));
      return;
    }
    const changes = changedDetails(base, values);
    if (Object.keys(changes).length === 0) {
      announce('Aucune modification à enregistrer.');
      return;
    }
    setSaving(true);
    try {
      onSaved(await updateYouth(base.id, { version: base.version, ...changes }));
    } catch (error) {
      const outcome = classifySaveFailure(error, (details) => fieldErrorsFromDetails(details, FIELDS));
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
    setConflict('reloading');
    setFailure(null);
    try {
      const latest = await getYouth(base.id);
      setValues(rebaseDetails(base, latest, values));
      setBase(latest);
      onNewerVersion(latest);
      setConflict('reloaded');
    } catch (error) {
      setConflict('detected');
      setFailure(error);
    }
  }

  // After loading the latest version, show what is saved now beside each edit that differs from it.
  const savedNow = detailsValuesOf(base);
  const savedHint = (field: keyof YouthDetailsValues, shown: string) =>
    conflict === 'reloaded' && savedNow[field] !== values[field] ? `Valeur enregistrée actuellement : ${shown}` : undefined;

  return (
    <form ref={form} class="form" noValidate onSubmit={submit} aria-labelledby="modifier-titre">
      <h3 id="modifier-titre">Modifier les informations</h3>
      {(conflict === 'detected' || conflict === 'reloading') && (
        <div class="notice notice--warning" role="alert">
          <p>
            <strong>Attention : </strong>Ce dossier a été modifié entre-temps. Rechargez pour voir la dernière version.
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
            Dernière version chargée : les informations ci-dessus sont à jour. Vos modifications sont conservées dans le formulaire ;
            vérifiez-les, puis enregistrez.
          </p>
        </div>
      )}
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
