/** A date of a young person's file that cannot be true, with the field it belongs to. */
export interface CareDateProblem {
  field: 'careStartDate' | 'careEndDate';
  message: string;
}

/**
 * Checks the admission date (careStartDate) against the birth date, the end of care and
 * today: a young person cannot be admitted before being born, on a day still to come,
 * nor after their care ended. Dates are
 * calendar dates; `today` is the date in Paris.
 */
export function careStartDateProblems(
  dates: { birthDate: string; careStartDate: string | null; careEndDate: string | null },
  today: string,
): CareDateProblem[] {
  const { birthDate, careStartDate, careEndDate } = dates;
  if (careStartDate === null) return [];
  const problems: CareDateProblem[] = [];
  if (careStartDate < birthDate) {
    problems.push({ field: 'careStartDate', message: 'La date d’admission à l’ASE ne peut pas précéder la date de naissance.' });
  } else if (careStartDate > today) {
    problems.push({ field: 'careStartDate', message: 'La date d’admission à l’ASE ne peut pas être dans le futur.' });
  }
  if (careEndDate !== null && careEndDate <= careStartDate) {
    problems.push({ field: 'careEndDate', message: 'La fin de prise en charge doit être postérieure à l’admission à l’ASE.' });
  }
  return problems;
}
