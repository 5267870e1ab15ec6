import type { DeadlineStatus } from '../schemas/allowed-values.js';
import { addDays, addMonths, addYears, earliestDate } from './calendar-date.js';
import type { InterviewFacts } from './interview-facts.js';

export type { InterviewFacts };

export interface DepartementInterviewSettings {
  /**
   * How many months before the 18th birthday the département aims to hold the
   * entretien des 17 ans (12 = by the day before the 17th birthday, "au moins un
   * an avant la majorité").
   * Null: the legal deadline is the target.
   */
  entretien17TargetMonthsBeforeMajority: number | null;
}

export const DEFAULT_INTERVIEW_SETTINGS: DepartementInterviewSettings = { entretien17TargetMonthsBeforeMajority: null };

export interface Entretien17Deadline {
  opensOn: string;
  dueBy: string;
  target: string;
  status: DeadlineStatus;
}

export interface FollowUpDeadline {
  dueBy: string;
  status: DeadlineStatus;
}

export interface InterviewDeadlines {
  entretien17: Entretien17Deadline;
  followUp: FollowUpDeadline | null;
}

/** The follow-up interview is due within this many months after care ends (law of 7 February 2022). */
export const FOLLOW_UP_MONTHS = 6;

function statusOf(facts: InterviewFacts | null, target: string, today: string): DeadlineStatus {
  if (facts?.heldOn) return 'realise';
  if (today > target) return 'en_retard';
  return facts?.scheduledOn ? 'planifie' : 'a_planifier';
}

/**
 * The entretien des 17 ans and follow-up interview deadlines of one young person.
 *
 * - The entretien window opens on the 17th birthday; the legal deadline is the day
 *   before the 18th. When care ends before that, the interview must be held while
 *   the young person is still in care: the deadline is the last day of care.
 * - A département may aim earlier; the window then opens at its target if that
 *   comes before the 17th birthday.
 * - The follow-up interview is due within six months after the end of care, and
 *   exists only once care has ended (`today` on or after `careEndDate`).
 *
 * `today` is the calendar date in Paris (see `parisDate`).
 */
export function computeInterviewDeadlines(input: {
  birthDate: string;
  careEndDate: string | null;
  today: string;
  settings?: DepartementInterviewSettings;
  entretien17: InterviewFacts | null;
  followUp: InterviewFacts | null;
}): InterviewDeadlines {
  const settings = input.settings ?? DEFAULT_INTERVIEW_SETTINGS;
  const majority = addYears(input.birthDate, 18);
  const legalDueBy = addDays(majority, -1);
  const lastDayOfCare = input.careEndDate ? addDays(input.careEndDate, -1) : null;
  const dueBy = lastDayOfCare ? earliestDate(legalDueBy, lastDayOfCare) : legalDueBy;
  const months = settings.entretien17TargetMonthsBeforeMajority;
  const target = months === null ? dueBy : earliestDate(dueBy, addDays(addMonths(majority, -months), -1));
  const opensOn = earliestDate(addYears(input.birthDate, 17), target);

  const careHasEnded = input.careEndDate !== null && input.today >= input.careEndDate;
  const followUpDueBy = input.careEndDate ? addMonths(input.careEndDate, FOLLOW_UP_MONTHS) : null;

  return {
    entretien17: { opensOn, dueBy, target, status: statusOf(input.entretien17, target, input.today) },
    followUp: careHasEnded && followUpDueBy ? { dueBy: followUpDueBy, status: statusOf(input.followUp, followUpDueBy, input.today) } : null,
  };
}
