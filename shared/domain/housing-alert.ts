/**
 * The "sans solution logement" alert: a young person whose care ends soon and who
 * has no housing solution yet. Pure: `today` is a Paris calendar date.
 */
import { addDays, addMonths, addYears } from './calendar-date.js';

/** Days before the end of care when the alert starts, unless the département sets another. */
export const DEFAULT_HOUSING_ALERT_DAYS = 180;

/** When the end of care is unknown, the alert starts this many months before the reference birthday. */
export const UNKNOWN_END_ALERT_MONTHS = 6;

/** Which date the alert counts down to. */
export type AlertBasis = 'supportDecisionEnd' | 'careEnd' | 'majority' | 'age21';

export interface HousingAlert {
  /** The last day the young person is supported (the day care ends). */
  endsOn: string;
  basis: AlertBasis;
  /** Whole days from today to `endsOn` (0 on the day itself). */
  daysLeft: number;
}

const DAY_MS = 86_400_000;

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The end the young person is checked against, and from which day the alert shows:
 * - a support decision's end, when one is known (it governs care past 18);
 * - else the end of care (`careEndDate`), `alertDays` days before;
 * - else the 18th birthday, six months before; once 18 has passed with no known end,
 *   the 21st birthday (the latest end of ASE support), six months before.
 */
export function housingDeadline(input: {
  birthDate: string;
  careEndDate: string | null;
  supportDecisionEndDate?: string | null;
  today: string;
  alertDays: number;
}): { endsOn: string; basis: AlertBasis; alertFrom: string } {
  const known = input.supportDecisionEndDate ?? input.careEndDate;
  if (known) {
    const basis: AlertBasis = input.supportDecisionEndDate ? 'supportDecisionEnd' : 'careEnd';
    return { endsOn: known, basis, alertFrom: addDays(known, -input.alertDays) };
  }
  const majority = addYears(input.birthDate, 18);
  const [endsOn, basis]: [string, AlertBasis] = input.today < majority ? [majority, 'majority'] : [addYears(input.birthDate, 21), 'age21'];
  return { endsOn, basis, alertFrom: addMonths(endsOn, -UNKNOWN_END_ALERT_MONTHS) };
}

/**
 * The alert for one young person, or null when there is none: no alert once a
 * solution exists, before the alert window, or once the end has passed (the
 * follow-up interview takes over then).
 */
export function computeHousingAlert(input: {
  birthDate: string;
  careEndDate: string | null;
  supportDecisionEndDate?: string | null;
  hasSolution: boolean;
  today: string;
  alertDays: number;
}): HousingAlert | null {
  if (input.hasSolution) return null;
  const { endsOn, basis, alertFrom } = housingDeadline(input);
  if (input.today < alertFrom || input.today > endsOn) return null;
  return { endsOn, basis, daysLeft: daysBetween(input.today, endsOn) };
}
