import { addYears } from './calendar-date.js';

/** The dates that matter on a young person's path out of care. */
export interface KeyDates {
  /** 16th birthday: the entretien pour l'autonomie window opens (most départements start the work here). */
  age16: string;
  /** 17th birthday: the entretien pour l'autonomie is due by this day (CASF L222-5-1). */
  age17: string;
  /** 18th birthday: majority; support may go on from 18 to 21 (L222-5, 5°). */
  age18: string;
  /** 21st birthday: support from 18 to 21 may go on past it to the end of the school or university year. */
  age21: string;
  /** Fin de prise en charge, when known. */
  careEnd: string | null;
}

/** Computes a young person's key dates from their birth date and care end date. */
export function computeKeyDates(birthDate: string, careEndDate: string | null): KeyDates {
  return {
    age16: addYears(birthDate, 16),
    age17: addYears(birthDate, 17),
    age18: addYears(birthDate, 18),
    age21: addYears(birthDate, 21),
    careEnd: careEndDate,
  };
}
