import type { DeadlineStatus } from '../schemas/allowed-values.js';
import { addMonths, earliestDate } from './calendar-date.js';

/** The projet d'autonomie is reviewed at least this often. */
export const PLAN_REVIEW_MONTHS = 6;
/** After a major change (care ends, housing lost), the review is due within this delay. */
export const MAJOR_CHANGE_REVIEW_MONTHS = 1;

/**
 * When the plan must next be reviewed: six months after its last review, or sooner
 * after a major change recorded since then.
 */
export function computePlanReviewDue(lastReviewedOn: string, majorChangeOn: string | null): string {
  const regular = addMonths(lastReviewedOn, PLAN_REVIEW_MONTHS);
  if (!majorChangeOn || majorChangeOn < lastReviewedOn) return regular;
  const afterChange = addMonths(majorChangeOn, MAJOR_CHANGE_REVIEW_MONTHS);
  return earliestDate(afterChange, regular);
}

export function planReviewStatus(dueBy: string, today: string): DeadlineStatus {
  return today > dueBy ? 'en_retard' : 'a_planifier';
}

/**
 * The review deadline as of `today`. The end of care is a major change in itself: once
 * it has come, the plan is due for review within a month of it, even if nobody
 * recorded the change.
 */
export function currentPlanReviewDue(
  plan: { lastReviewedOn: string; majorChangeOn: string | null },
  careEndDate: string | null,
  today: string,
): string {
  const careEnded = careEndDate !== null && careEndDate <= today ? careEndDate : null;
  const changes = [plan.majorChangeOn, careEnded].filter((date): date is string => date !== null && date >= plan.lastReviewedOn);
  const latestChange = changes.sort().at(-1) ?? null;
  return computePlanReviewDue(plan.lastReviewedOn, latestChange);
}
