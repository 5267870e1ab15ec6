import { addYears } from './calendar-date.js';
import { InvalidInput } from './errors.js';

/** No one followed by the ASE today was born before this day; earlier is a typing error. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/**
 * Support may go on past 21 to the end of the school or university year under way
 * (CASF L222-5), so care never ends after the 22nd birthday. This bound also keeps
 * every date derived from the care end (the follow-up six months later) a real
 * `YYYY-MM-DD` date.
 */
export const LATEST_CARE_END_AGE = 22;

export interface YouthDates {
  birthDate: string;
  /** Admission to the ASE; null or absent when unknown. */
  careStartDate?: string | null;
  careEndDate: string | null;
}

export interface DateProblem {
  path: 'birthDate' | 'careStartDate' | 'careEndDate';
  message: string;
}

/**
 * What is wrong with a young person's dates as they will be stored, `today` being the
 * Paris calendar date. Checked on the whole record, so that a PATCH sending one date
 * alone is checked against the other one already stored.
 */
export function findYouthDateProblems(dates: YouthDates, today: string): DateProblem[] {
  const problems: DateProblem[] = [];
  const { birthDate, careEndDate } = dates;
  const careStartDate = dates.careStartDate ?? null;
  if (birthDate < EARLIEST_BIRTH_DATE) {
    problems.push({ path: 'birthDate', message: 'La date de naissance ne peut pas être antérieure au 1er janvier 1900.' });
  } else if (birthDate > today) {
    problems.push({ path: 'birthDate', message: 'La date de naissance ne peut pas être dans le futur.' });
  }
  if (careStartDate !== null) {
    if (careStartDate < birthDate) {
      problems.push({ path: 'careStartDate', message: 'La date d’admission à l’ASE ne peut pas précéder la date de naissance.' });
    } else if (careStartDate > today) {
      problems.push({ path: 'careStartDate', message: 'La date d’admission à l’ASE ne peut pas être dans le futur.' });
    }
  }
  if (careEndDate !== null) {
    if (careStartDate !== null && careEndDate <= careStartDate && careStartDate >= birthDate) {
      problems.push({ path: 'careEndDate', message: 'La fin de prise en charge doit être postérieure à l’admission à l’ASE.' });
    } else if (careEndDate <= birthDate) {
      problems.push({ path: 'careEndDate', message: 'La fin de prise en charge doit être postérieure à la date de naissance.' });
    } else if (careEndDate > addYears(birthDate, LATEST_CARE_END_AGE)) {
      problems.push({
        path: 'careEndDate',
        message: 'La fin de prise en charge ne peut pas dépasser les 22 ans du jeune (fin de l’année scolaire après 21 ans).',
      });
    }
  }
  return problems;
}

/** The dates a record will have once `changes` are applied (`undefined`: unchanged; `null`: cleared). */
export function datesAfterChange(
  current: YouthDates,
  changes: { birthDate?: string | undefined; careStartDate?: string | null | undefined; careEndDate?: string | null | undefined },
): YouthDates {
  return {
    birthDate: changes.birthDate ?? current.birthDate,
    careStartDate: changes.careStartDate === undefined ? (current.careStartDate ?? null) : changes.careStartDate,
    careEndDate: changes.careEndDate === undefined ? current.careEndDate : changes.careEndDate,
  };
}

/** Rejects dates with problems, field by field (InvalidInput, answered 400). */
export function checkYouthDates(dates: YouthDates, today: string): void {
  const problems = findYouthDateProblems(dates, today);
  if (problems.length > 0)
    throw new InvalidInput(
      'input.invalid',
      problems.map(({ path, message }) => ({ path: `json.${path}`, message })),
    );
}
