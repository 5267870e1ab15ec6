import { addDays, addYears } from './calendar-date.js';
import { type OpenDeadlineAlert, stillRelevantAlerts } from './deadline-alerts.js';
import { computeHousingAlert, type HousingAlert } from './housing-alert.js';
import { computeInterviewDeadlines, type DepartementInterviewSettings } from './interview-deadlines.js';
import type { InterviewFacts } from './interview-facts.js';
import { currentPlanReviewDue } from './plan-review.js';

/** A deadline or action within this many days is « bientôt ». */
export const SOON_DAYS = 30;
/** Caps of a département when it sets none: seed 000 (30 situations per social worker, 25 in the first year in post). */
export const DEFAULT_CASELOAD_CAP = 30;
export const DEFAULT_FIRST_YEAR_CASELOAD_CAP = 25;

export type CaseloadDeadlineKind = 'entretien17' | 'suivi' | 'planReview' | 'careEnd' | 'age18' | 'age21';

export interface CaseloadDeadline {
  kind: CaseloadDeadlineKind;
  dueOn: string;
  late: boolean;
}

/** What the caseload knows of one young person: their profile, interview dates, plan and journal. */
export interface CaseloadFacts {
  youthId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  careStartDate: string | null;
  careEndDate: string | null;
  hasHousingSolution: boolean;
  entretien17: InterviewFacts | null;
  followUp: InterviewFacts | null;
  plan: { lastReviewedOn: string; majorChangeOn: string | null; actions: readonly { dueOn: string; status: string }[] } | null;
  lastJournalAt: string | null;
  /** « J'ai besoin d'aide » alerts not acknowledged yet. */
  openHelpAlerts: number;
  /** The daily job's deadline alerts not acknowledged yet. */
  deadlineAlerts: readonly OpenDeadlineAlert[];
  /** The young person's requests about their data (RGPD) not refused nor done yet: each one's due day. */
  rgpdRequests: readonly { id: string; dueOn: string }[];
}

export interface CaseloadEntry {
  youthId: string;
  firstName: string;
  lastName: string;
  /** The earliest deadline still owed (late ones first), or null when nothing is owed. */
  nextDeadline: CaseloadDeadline | null;
  /** Every deadline still owed, earliest first. */
  deadlines: CaseloadDeadline[];
  /** Plan actions not done nor abandoned, past their date / within `SOON_DAYS`. */
  lateActions: number;
  soonActions: number;
  housingAlert: HousingAlert | null;
  lastJournalAt: string | null;
  openHelpAlerts: number;
  /** Deadline alerts not acknowledged yet about a deadline still owed, earliest first. */
  alerts: OpenDeadlineAlert[];
  /** Open RGPD requests, earliest due first (a month from receipt, art. 12.3): dates only, never their kind or text. */
  rgpdRequests: { id: string; dueOn: string; late: boolean }[];
  /** Something is late: a deadline, a plan action or the answer to an RGPD request. */
  late: boolean;
  /** The date that makes this young person urgent: the oldest late item, else the nearest one. Null: nothing pending. */
  urgentOn: string | null;
}

const OPEN_ACTION = (status: string) => status === 'a_faire' || status === 'en_cours';

/**
 * One young person's line of the caseload on `today`: every deadline still owed (the
 * entretien pour l'autonomie and the follow-up interview by the interview rules, the plan
 * review, the end of care, 18 and 21), plan actions late or due soon, the « sans solution
 * logement » alert, the last journal entry, the RGPD requests waiting for an answer.
 */
export function caseloadEntry(
  facts: CaseloadFacts,
  today: string,
  settings: { interviews: DepartementInterviewSettings; housingAlertDays: number },
): CaseloadEntry {
  const interviews = computeInterviewDeadlines({
    birthDate: facts.birthDate,
    careStartDate: facts.careStartDate,
    careEndDate: facts.careEndDate,
    today,
    settings: settings.interviews,
    entretien17: facts.entretien17,
    followUp: facts.followUp,
  });
  const owed = (status: string) => status !== 'realise' && status !== 'sans_objet';
  const candidates: { kind: CaseloadDeadlineKind; dueOn: string | null; owed: boolean }[] = [
    { kind: 'entretien17', dueOn: interviews.entretien17.target, owed: owed(interviews.entretien17.status) },
    { kind: 'suivi', dueOn: interviews.followUp?.dueBy ?? null, owed: interviews.followUp ? owed(interviews.followUp.status) : false },
    { kind: 'planReview', dueOn: facts.plan ? currentPlanReviewDue(facts.plan, facts.careEndDate, today) : null, owed: true },
    // Dates of the path: owed while they are still ahead.
    { kind: 'careEnd', dueOn: facts.careEndDate, owed: facts.careEndDate !== null && facts.careEndDate >= today },
    { kind: 'age18', dueOn: addYears(facts.birthDate, 18), owed: addYears(facts.birthDate, 18) >= today },
    { kind: 'age21', dueOn: addYears(facts.birthDate, 21), owed: addYears(facts.birthDate, 21) >= today },
  ];
  const deadlines = candidates
    .filter(
      (candidate): candidate is { kind: CaseloadDeadlineKind; dueOn: string; owed: true } => candidate.owed && candidate.dueOn !== null,
    )
    .map(({ kind, dueOn }) => ({ kind, dueOn, late: dueOn < today }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));

  const soonLimit = addDays(today, SOON_DAYS);
  const openActions = (facts.plan?.actions ?? []).filter((action) => OPEN_ACTION(action.status));
  const lateActionDates = openActions.filter((action) => action.dueOn < today).map((action) => action.dueOn);
  const soonActionDates = openActions.filter((action) => action.dueOn >= today && action.dueOn <= soonLimit).map((action) => action.dueOn);

  const housingAlert = computeHousingAlert({
    birthDate: facts.birthDate,
    careEndDate: facts.careEndDate,
    hasSolution: facts.hasHousingSolution,
    today,
    alertDays: settings.housingAlertDays,
  });

  const rgpdRequests = [...facts.rgpdRequests]
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id))
    .map((request) => ({ id: request.id, dueOn: request.dueOn, late: request.dueOn < today }));
  const lateDates = [
    ...deadlines.filter((deadline) => deadline.late).map((deadline) => deadline.dueOn),
    ...lateActionDates,
    ...rgpdRequests.filter((request) => request.late).map((request) => request.dueOn),
  ];
  const late = lateDates.length > 0;
  const pendingDates = [
    deadlines.find((deadline) => !deadline.late)?.dueOn,
    housingAlert?.endsOn,
    ...soonActionDates,
    rgpdRequests.find((request) => !request.late)?.dueOn,
  ].filter((date): date is string => date !== undefined);
  const urgentOn = (late ? lateDates : pendingDates).sort()[0] ?? null;

  return {
    youthId: facts.youthId,
    firstName: facts.firstName,
    lastName: facts.lastName,
    nextDeadline: deadlines[0] ?? null,
    deadlines,
    lateActions: lateActionDates.length,
    soonActions: soonActionDates.length,
    housingAlert,
    lastJournalAt: facts.lastJournalAt,
    openHelpAlerts: facts.openHelpAlerts,
    alerts: stillRelevantAlerts(facts.deadlineAlerts, deadlines),
    rgpdRequests,
    late,
    urgentOn,
  };
}

/**
 * The caseload's order, most urgent first: a young person who asked for help and nobody
 * has answered yet before anyone else; then anyone with something late (the oldest lateness
 * first), then by the nearest date that needs them (a deadline, the housing alert's end, a
 * plan action due soon), then those with nothing pending; by name within a tie.
 */
export function compareByUrgency(a: CaseloadEntry, b: CaseloadEntry): number {
  if (a.openHelpAlerts > 0 !== b.openHelpAlerts > 0) return a.openHelpAlerts > 0 ? -1 : 1;
  if (a.late !== b.late) return a.late ? -1 : 1;
  if (a.urgentOn !== b.urgentOn) {
    if (a.urgentOn === null) return 1;
    if (b.urgentOn === null) return -1;
    return a.urgentOn.localeCompare(b.urgentOn);
  }
  return `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`, 'fr');
}

export interface CaseloadCount {
  /** Young people followed in Envol. */
  inEnvol: number;
  /** Situations followed outside Envol (the staff directory's `otherCaseload`). */
  outside: number;
  total: number;
  /** The cap that applies, or null: caps apply to referents only. */
  cap: number | null;
  /** True in the first year in post (the first-year cap applies). */
  firstYear: boolean;
  overCap: boolean;
}

/**
 * A staff member's count against their cap. The cap is the département's, for referents
 * only (a social worker's cap counts every child they follow, in Envol or not); the lower
 * first-year cap applies until the first anniversary of `startedOn`. Unknown `startedOn`:
 * not counted as a first year.
 */
export function caseloadCount(input: {
  role: string;
  inEnvol: number;
  otherCaseload: number;
  startedOn: string | null;
  today: string;
  caps: { caseloadCap: number; firstYearCaseloadCap: number };
}): CaseloadCount {
  const firstYear = input.startedOn !== null && input.today < addYears(input.startedOn, 1) && input.today >= input.startedOn;
  const total = input.inEnvol + input.otherCaseload;
  const cap = input.role === 'referent' ? (firstYear ? input.caps.firstYearCaseloadCap : input.caps.caseloadCap) : null;
  return { inEnvol: input.inEnvol, outside: input.otherCaseload, total, cap, firstYear, overCap: cap !== null && total > cap };
}
