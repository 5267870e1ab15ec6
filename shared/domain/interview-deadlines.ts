import type { DeadlineStatus } from '../schemas/allowed-values.js';
import { addDays, addMonths, addYears, earliestDate, latestDate } from './calendar-date.js';
import type { InterviewFacts } from './interview-facts.js';

export type { InterviewFacts };

export interface DepartementInterviewSettings {
  /** Age at which the département opens the entretien pour l'autonomie window ("dès 16 ans"). */
  entretien17OpensAtAge: number;
  /**
   * The département's own target, in months before majority: 12 is the legal deadline
   * (the 17th birthday), more is earlier. Null: the legal deadline is the target. A
   * value under 12 (stored before the 2022 rule was applied) cannot push the target
   * past the legal deadline.
   */
  entretien17TargetMonthsBeforeMajority: number | null;
  /** Days given to hold the interview with a young person taken into care at 17 or older ("dans les meilleurs délais"). */
  lateAdmissionDelayDays: number;
}

export const DEFAULT_INTERVIEW_SETTINGS: DepartementInterviewSettings = {
  entretien17OpensAtAge: 16,
  entretien17TargetMonthsBeforeMajority: null,
  lateAdmissionDelayDays: 30,
};

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

/** The follow-up interview is held six months after care ends (CASF L222-5-2-1). */
export const FOLLOW_UP_MONTHS = 6;

function pendingStatus(facts: InterviewFacts | null, target: string, today: string): DeadlineStatus {
  if (today > target) return 'en_retard';
  return facts?.scheduledOn ? 'planifie' : 'a_planifier';
}

/**
 * When the entretien pour l'autonomie opens and is due (CASF L222-5-1, as worded since
 * 9 February 2022):
 * - due "au plus tard un an avant sa majorité", the 17th birthday; the window opens at
 *   the département's opening age (16 by default) or at admission if later;
 * - a young person taken into care at 17 or older has it "dans les meilleurs délais":
 *   admission plus the département's delay;
 * - a département's target may only be earlier than the legal deadline, and never
 *   before the window opens.
 */
export function computeEntretien17Window(input: {
  birthDate: string;
  careStartDate: string | null;
  settings: DepartementInterviewSettings;
}): Omit<Entretien17Deadline, 'status'> {
  const { birthDate, careStartDate, settings } = input;
  const age17 = addYears(birthDate, 17);
  if (careStartDate !== null && careStartDate >= age17) {
    const dueBy = addDays(careStartDate, settings.lateAdmissionDelayDays);
    return { opensOn: careStartDate, dueBy, target: dueBy };
  }
  const dueBy = age17;
  const months = settings.entretien17TargetMonthsBeforeMajority;
  const departementTarget = months === null ? dueBy : earliestDate(dueBy, addMonths(addYears(birthDate, 18), -months));
  // A target before admission could not be met: it moves to the admission day.
  const target = careStartDate ? latestDate(departementTarget, careStartDate) : departementTarget;
  const windowOpens = addYears(birthDate, settings.entretien17OpensAtAge);
  const opensOn = careStartDate ? latestDate(windowOpens, careStartDate) : windowOpens;
  return { opensOn: earliestDate(opensOn, target), dueBy, target };
}

/**
 * The entretien pour l'autonomie and follow-up interview deadlines of one young person.
 *
 * - Once held, the entretien is `realise`; holding it again ("exceptionnellement
 *   renouvelé") does not reopen it.
 * - Care that ends on or before the due date, without the interview, makes it
 *   `sans_objet` once care has ended: it can no longer be held in care.
 * - Otherwise it is `en_retard` the day after the target.
 * - The follow-up interview exists once care has ended (`today` on or after
 *   `careEndDate`, the first day out of care) and is due six months later.
 *
 * `today` is the calendar date in Paris (see `parisDate`).
 */
export function computeInterviewDeadlines(input: {
  birthDate: string;
  careStartDate: string | null;
  careEndDate: string | null;
  today: string;
  settings?: Partial<DepartementInterviewSettings>;
  entretien17: InterviewFacts | null;
  followUp: InterviewFacts | null;
}): InterviewDeadlines {
  const settings = { ...DEFAULT_INTERVIEW_SETTINGS, ...input.settings };
  const { today, careEndDate } = input;
  const window = computeEntretien17Window({ birthDate: input.birthDate, careStartDate: input.careStartDate, settings });
  const careHasEnded = careEndDate !== null && today >= careEndDate;

  let status: DeadlineStatus;
  if (input.entretien17?.heldOn) status = 'realise';
  else if (careHasEnded && careEndDate <= window.dueBy) status = 'sans_objet';
  else status = pendingStatus(input.entretien17, window.target, today);

  let followUp: FollowUpDeadline | null = null;
  if (careHasEnded) {
    const dueBy = addMonths(careEndDate, FOLLOW_UP_MONTHS);
    followUp = { dueBy, status: input.followUp?.heldOn ? 'realise' : pendingStatus(input.followUp, dueBy, today) };
  }
  return { entretien17: { ...window, status }, followUp };
}
