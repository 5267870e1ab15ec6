import { addYears } from './calendar-date.js';

/** The dates that matter on a young person's path out of care. */
export interface KeyDates {
  /** 17th birthday: the entretien des 17 ans window opens. */
  age17: string;
  /** 18th birthday: majority; care ends unless a contrat jeune majeur continues it. */
  age18: string;
  /** 21st birthday: the latest end of support by the ASE. */
  age21: string;
  /** Fin de prise en charge, when known. */
  careEnd: string | null;
}

/** Computes a young person's key dates from their birth date and care end date. */
export function computeKeyDates(birthDate: string, careEndDate: string | null): KeyDates {
  return {
    age17: addYears(birthDate, 17),
    age18: addYears(birthDate, 18),
    age21: addYears(birthDate, 21),
    careEnd: careEndDate,
  };
}
