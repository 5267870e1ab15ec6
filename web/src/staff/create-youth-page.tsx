import { useRef, useState } from 'preact/hooks';
import { elide } from '../../../shared/text/french-typography.js';
import { getDashboardSettings, listAllStaff } from '../api/dashboard';
import type { Youth } from '../api/types';
import { createYouth } from '../api/youth';
import { staffOptions } from '../dashboard/staff-words';
import { todayInParis } from '../lib/dates';
import { IdempotencyKeys } from '../lib/idempotency';
import { href, navigate } from '../router/router';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { FormActions, FormErrorSummary, SelectField, TextField } from './form-fields';
import { youthPath } from './paths';
import { useVersionedSave } from './use-versioned-save';
import { YouthDetailsFields } from './youth-details-fields';
import { type FieldErrors, fieldErrorsFromDetails, type NewYouthValues, validateNewYouth } from './youth-form-rules';

const FIELDS = [
  'firstName',
  'lastName',
  'birthDate',
  'careStartDate',
  'careEndDate',
  'accountSub',
  'referentId',
  'coordinateurId',
] as const;

const EMPTY: NewYouthValues = {
  firstName: '',
  lastName: '',
  birthDate: '',
  careStartDate: '',
  careEndDate: '',
  accountSub: '',
  referentId: '',
  coordinateurId: '',
};

/** « Créer un dossier » (administrateur·rice): a young person, their account and their binôme. */
export function CreateYouthPage() {
  const [values, setValues] = useState(EMPTY);
  const keys = useRef(new IdempotencyKeys());
  // The binôme is picked by name from the staff directory: a typo in an id cannot hide a file.
  const directory = useAsync(async (signal) => {
    const [referents, coordinateurs, settings] = await Promise.all([
      listAllStaff({ role: 'referent' }, signal),
      listAllStaff({ role: 'coordinateur' }, signal),
      getDashboardSettings(signal),
    ]);
    return { referents, coordinateurs, settings };
  }, []);
  const { form, errors, failure, saving, save } = useVersionedSave<Youth, FieldErrors<keyof NewYouthValues>>({
    validate: () => validateNewYouth(values, todayInParis()),
    errorsOf: (details) => fieldErrorsFromDetails(details, FIELDS),
    onSaved: (created) => {
      keys.current.reset();
      const path = youthPath(created.id);
      navigate(path);
      announce(`Dossier ${elide('de', `${created.firstName} ${created.lastName}`)} créé.`, path);
    },
  });

  const set = (field: keyof NewYouthValues) => (value: string) => setValues({ ...values, [field]: value });

  function request() {
    const body = {
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      birthDate: values.birthDate,
      careStartDate: values.careStartDate || null,
      careEndDate: values.careEndDate || null,
      accountSub: values.accountSub.trim(),
      referentId: values.referentId.trim(),
      coordinateurId: values.coordinateurId.trim(),
    };
    return () => createYouth(body, keys.current.keyFor(body));
  }

  return (
    <>
      <PageHeading text="Créer un dossier" />
      <p>
        <a href={href('/jeunes')}>Retour à mes jeunes</a>
      </p>
      <p class="lead">Tous les champs sont obligatoires, sauf la fin de prise en charge.</p>
      <form ref={form} class="form" noValidate onSubmit={(event) => save(event, request)}>
        <FormErrorSummary count={Object.keys(errors).length} />
        {failure !== null && <ErrorNotice error={failure} />}
        <fieldset>
          <legend>Le jeune</legend>
          <YouthDetailsFields idPrefix="new" values={values} errors={errors} onValue={(field, value) => set(field)(value)} />
        </fieldset>
        <fieldset>
          <legend>Comptes</legend>
          <TextField
            id="new-account-sub"
            label="Identifiant du compte du jeune"
            value={values.accountSub}
            onValue={set('accountSub')}
            error={errors.accountSub}
            hint="L’identifiant de connexion du jeune, qui lui donne accès à « Mon dossier »."
          />
          {directory.state.status === 'loading' && <Loading text="Chargement de l’annuaire du personnel…" />}
          {directory.state.status === 'failed' && <ErrorNotice error={directory.state.error} onRetry={directory.reload} />}
          {directory.state.status === 'ready' && (
            <>
              <SelectField
                id="new-referent-id"
                label="Référent·e ASE"
                value={values.referentId}
                onValue={set('referentId')}
                error={errors.referentId}
                options={staffOptions(directory.state.data.referents, null)}
                hint="Les référent·es de l’annuaire du personnel."
              />
              <SelectField
                id="new-coordinateur-id"
                label={directory.state.data.settings.secondMemberLabel}
                value={values.coordinateurId}
                onValue={set('coordinateurId')}
                error={errors.coordinateurId}
                options={staffOptions(directory.state.data.coordinateurs, null)}
                hint="Les coordinateur·rices de l’annuaire du personnel."
              />
            </>
          )}
        </fieldset>
        <FormActions busy={saving} label="Créer le dossier" busyLabel="Création…" />
      </form>
    </>
  );
}
