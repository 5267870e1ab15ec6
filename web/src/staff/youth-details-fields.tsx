import type { ComponentChildren } from 'preact';
import { TextField } from './form-fields';
import type { FieldErrors, YouthDetailsValues } from './youth-form-rules';

type Field = keyof YouthDetailsValues;

/**
 * Names, birth date and care end of a young person, as created and as edited. Ids are
 * `${idPrefix}-first-name` and so on; `hint` adds a line under a field (the value saved
 * meanwhile, when someone else saved first).
 */
export function YouthDetailsFields({
  idPrefix,
  values,
  errors,
  onValue,
  hint = () => undefined,
}: {
  idPrefix: string;
  values: YouthDetailsValues;
  errors: FieldErrors<Field>;
  onValue: (field: Field, value: string) => void;
  hint?: (field: Field) => ComponentChildren;
}) {
  return (
    <>
      <TextField
        id={`${idPrefix}-first-name`}
        label="Prénom"
        value={values.firstName}
        onValue={(value) => onValue('firstName', value)}
        error={errors.firstName}
        hint={hint('firstName')}
      />
      <TextField
        id={`${idPrefix}-last-name`}
        label="Nom"
        value={values.lastName}
        onValue={(value) => onValue('lastName', value)}
        error={errors.lastName}
        hint={hint('lastName')}
      />
      <TextField
        id={`${idPrefix}-birth-date`}
        label="Date de naissance"
        type="date"
        value={values.birthDate}
        onValue={(value) => onValue('birthDate', value)}
        error={errors.birthDate}
        hint={hint('birthDate')}
      />
      <TextField
        id={`${idPrefix}-care-start-date`}
        label="Admission à l’ASE"
        type="date"
        optional
        value={values.careStartDate}
        onValue={(value) => onValue('careStartDate', value)}
        error={errors.careStartDate}
        hint={hint('careStartDate') ?? 'Admis·e à 17 ans ou plus : l’entretien pour l’autonomie est dû dans les meilleurs délais.'}
      />
      <TextField
        id={`${idPrefix}-care-end-date`}
        label="Fin de prise en charge"
        type="date"
        optional
        value={values.careEndDate}
        onValue={(value) => onValue('careEndDate', value)}
        error={errors.careEndDate}
        hint={hint('careEndDate') ?? 'Laissez vide si elle n’est pas encore connue.'}
      />
    </>
  );
}
