import { addMonths, addYears } from './calendar-date.js';
import type { CaseloadDeadlineKind } from './caseload.js';
import { computeEntretien17Window, type DepartementInterviewSettings, FOLLOW_UP_MONTHS } from './interview-deadlines.js';
import type { InterviewFacts } from './interview-facts.js';
import { currentPlanReviewDue } from './plan-review.js';

/** The deadlines the calendar holds: the same kinds as « Mon suivi ». */
export type CalendarKind = CaseloadDeadlineKind;
export const CALENDAR_KINDS: readonly CalendarKind[] = ['entretien17', 'suivi', 'planReview', 'careEnd', 'age18', 'age21'];

/** Things the binôme must do by a date, as opposed to dates of the path (care end, 18, 21) that simply come. */
export const TASK_KINDS: ReadonlySet<CalendarKind> = new Set(['entretien17', 'suivi', 'planReview']);

/** One deadline of one young person, as the calendar index stores it. */
export interface CalendarEntry {
  kind: CalendarKind;
  dueOn: string;
  /** The interview was held: the date stays in the calendar, marked done. */
  done: boolean;
  /**
   * From this day on the deadline can no longer be met and is not owed (« sans objet »):
   * care ends before the entretien pour l'autonomie's due date without it. Null otherwise.
   */
  lapsesOn: string | null;
}

/** What a young person's deadlines are computed from. */
export interface CalendarFacts {
  birthDate: string;
  careStartDate: string | null;
  careEndDate: string | null;
  entretien17: InterviewFacts | null;
  followUp: InterviewFacts | null;
  plan: { lastReviewedOn: string; majorChangeOn: string | null } | null;
}

/** Later than any date a file holds: the plan review as it will stand once every date recorded has come. */
const END_OF_TIME = '9999-12-31';

/**
 * Every deadline of one young person, independent of today, so that it can be stored
 * once and kept by the writes that change its inputs: the entretien pour l'autonomie's
 * target (by the département's settings), the follow-up six months after a known end
 * of care, the plan review (a known end of care counts as the major change it will be,
 * which is what the review date is on the day it comes), the end of care, 18 and 21.
 */
export function calendarEntries(facts: CalendarFacts, settings: DepartementInterviewSettings): CalendarEntry[] {
  const entretien = computeEntretien17Window({ birthDate: facts.birthDate, careStartDate: facts.careStartDate, settings });
  const entretienDone = Boolean(facts.entretien17?.heldOn);
  const entretienLapses = !entretienDone && facts.careEndDate !== null && facts.careEndDate <= entretien.dueBy ? facts.careEndDate : null;
  const entries: CalendarEntry[] = [{ kind: 'entretien17', dueOn: entretien.target, done: entretienDone, lapsesOn: entretienLapses }];
  if (facts.careEndDate !== null) {
    entries.push({
      kind: 'suivi',
      dueOn: addMonths(facts.careEndDate, FOLLOW_UP_MONTHS),
      done: Boolean(facts.followUp?.heldOn),
      lapsesOn: null,
    });
  }
  if (facts.plan) {
    entries.push({
      kind: 'planReview',
      dueOn: currentPlanReviewDue(facts.plan, facts.careEndDate, END_OF_TIME),
      done: false,
      lapsesOn: null,
    });
  }
  if (facts.careEndDate !== null) entries.push({ kind: 'careEnd', dueOn: facts.careEndDate, done: false, lapsesOn: null });
  entries.push({ kind: 'age18', dueOn: addYears(facts.birthDate, 18), done: false, lapsesOn: null });
  entries.push({ kind: 'age21', dueOn: addYears(facts.birthDate, 21), done: false, lapsesOn: null });
  return entries;
}

/** The calendar month (`YYYY-MM`) a date falls in: the index's partition. */
export function calendarMonth(date: string): string {
  return date.slice(0, 7);
}

/** The months from `from`'s to `to`'s, both included, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let day = `${calendarMonth(from)}-01`; calendarMonth(day) <= calendarMonth(to); day = addMonths(day, 1)) {
    months.push(calendarMonth(day));
  }
  return months;
}
