import type { YouthRecord } from '../../shared/db/youth-repo.js';
import { computeKeyDates } from '../../shared/domain/key-dates.js';

/** A file as the API shows it: the stored profile and its key dates (derived, never stored). */
export function toYouth(record: YouthRecord) {
  // The day of the young person's last visit is the retention rule's, not for staff to watch.
  const { lastContactOn: _lastContactOn, ...shown } = record;
  return { ...shown, keyDates: computeKeyDates(shown.birthDate, shown.careEndDate) };
}

/** A line of a caseload: names and key dates only. */
export function toSummary(record: YouthRecord) {
  const { id, firstName, lastName, birthDate, careEndDate } = record;
  return { id, firstName, lastName, birthDate, careEndDate, keyDates: computeKeyDates(birthDate, careEndDate) };
}
