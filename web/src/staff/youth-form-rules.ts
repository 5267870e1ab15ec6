import { isCalendarDate } from '../../../shared/domain/calendar-date.js';
import type { ApiErrorDetail, UpdateYouthBody, Youth } from '../api/types';
import { requiredTextError } from '../lib/text-rules';

/** What the youth forms hold: text as typed, dates as `YYYY-MM-DD` or '' (an empty end of care). */
export interface YouthDetailsValues {
  firstName: string;
  lastName: string;
  birthDate: string;
  careStartDate: string;
  careEndDate: string;
}

export interface NewYouthValues extends YouthDetailsValues {
  accountSub: string;
  referentId: string;
  coordinateurId: string;
}

export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

const NAME_MAX = 100;
// The server's rule for an account id (shared/schemas/common.ts); repeated here so that
// the staff bundle carries no schema library.
const SUBJECT = /^[\w.@:-]{1,128}$/;

export function detailsValuesOf(youth: Youth): YouthDetailsValues {
  return {
    firstName: youth.firstName,
    lastName: youth.lastName,
    birthDate: youth.birthDate,
    careStartDate: youth.careStartDate ?? '',
    careEndDate: youth.careEndDate ?? '',
  };
}

function subjectError(value: string, missing: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return missing;
  if (!SUBJECT.test(trimmed)) return 'Identifiant invalide : lettres, chiffres et les signes . _ @ : - seulement.';
  return undefined;
}

/** A form's errors without the fields that have none. */
export function withoutEmpty<Field extends string>(errors: Record<Field, string | undefined>): FieldErrors<Field> {
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message)) as FieldErrors<Field>;
}

/** Checks a young person's details as the server will, with messages that say how to fix them. */
export function validateDetails(values: YouthDetailsValues, today: string): FieldErrors<keyof YouthDetailsValues> {
  let birthDate: string | undefined;
  if (!values.birthDate) birthDate = 'Indiquez une date de naissance complète.';
  else if (!isCalendarDate(values.birthDate)) birthDate = 'Cette date n’existe pas.';
  else if (values.birthDate > today) birthDate = 'La date de naissance ne peut pas être dans le futur.';

  let careStartDate: string | undefined;
  if (values.careStartDate && !isCalendarDate(values.careStartDate)) careStartDate = 'Cette date n’existe pas.';
  else if (values.careStartDate && !birthDate && values.careStartDate < values.birthDate) {
    careStartDate = 'La date d’admission à l’ASE ne peut pas précéder la date de naissance.';
  } else if (values.careStartDate && values.careStartDate > today) {
    careStartDate = 'La date d’admission à l’ASE ne peut pas être dans le futur.';
  }

  let careEndDate: string | undefined;
  if (values.careEndDate && !isCalendarDate(values.careEndDate)) careEndDate = 'Cette date n’existe pas.';
  else if (values.careEndDate && !birthDate && values.careEndDate <= values.birthDate) {
    careEndDate = 'La fin de prise en charge doit être postérieure à la date de naissance.';
  } else if (values.careEndDate && values.careStartDate && !careStartDate && values.careEndDate <= values.careStartDate) {
    careEndDate = 'La fin de prise en charge doit être postérieure à l’admission à l’ASE.';
  }

  return withoutEmpty({
    firstName: requiredTextError(values.firstName, NAME_MAX, 'Indiquez le prénom.'),
    lastName: requiredTextError(values.lastName, NAME_MAX, 'Indiquez le nom.'),
    birthDate,
    careStartDate,
    careEndDate,
  });
}

export function validateNewYouth(values: NewYouthValues, today: string): FieldErrors<keyof NewYouthValues> {
  return {
    ...validateDetails(values, today),
    ...withoutEmpty({
      accountSub: subjectError(values.accountSub, 'Indiquez l’identifiant du compte du jeune.'),
      referentId: subjectError(values.referentId, 'Choisissez le ou la référent·e ASE dans la liste.'),
      coordinateurId: subjectError(values.coordinateurId, 'Choisissez le ou la coordinateur·rice dans la liste.'),
    }),
  };
}

/** The fields that differ from the saved version, ready for PATCH (an emptied end of care is null). */
export function changedDetails(saved: Youth, values: YouthDetailsValues): Omit<UpdateYouthBody, 'version'> {
  const changes: Omit<UpdateYouthBody, 'version'> = {};
  const firstName = values.firstName.trim();
  const lastName = values.lastName.trim();
  const careStartDate = values.careStartDate || null;
  const careEndDate = values.careEndDate || null;
  if (firstName !== saved.firstName) changes.firstName = firstName;
  if (lastName !== saved.lastName) changes.lastName = lastName;
  if (values.birthDate !== saved.birthDate) changes.birthDate = values.birthDate;
  if (careStartDate !== saved.careStartDate) changes.careStartDate = careStartDate;
  if (careEndDate !== saved.careEndDate) changes.careEndDate = careEndDate;
  return changes;
}

/**
 * After a version conflict: the user's own edits (fields they changed from the version
 * they started from) are kept, every other field takes the latest saved value, so that
 * saving does not silently undo what someone else changed meanwhile.
 */
export function rebaseDetails(started: Youth, latest: Youth, typed: YouthDetailsValues): YouthDetailsValues {
  const before = detailsValuesOf(started);
  const now = detailsValuesOf(latest);
  const merged = { ...typed };
  for (const field of Object.keys(merged) as (keyof YouthDetailsValues)[]) {
    if (typed[field] === before[field]) merged[field] = now[field];
  }
  return merged;
}

/** Places the API's validation details on the form fields they name (`careEndDate`, `body.careEndDate`, `['careEndDate']`). */
export function fieldErrorsFromDetails<Field extends string>(
  details: readonly ApiErrorDetail[],
  fields: readonly Field[],
): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  for (const detail of details) {
    const path = Array.isArray(detail.path) ? detail.path.map(String) : String(detail.path ?? '').split('.');
    const field = fields.find((candidate) => path.includes(candidate));
    if (field && typeof detail.message === 'string' && !errors[field]) errors[field] = detail.message;
  }
  return errors;
}
