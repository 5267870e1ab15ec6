/**
 * « À faire maintenant » on the young person's « Mon dossier »: what waits for them, worst
 * first, each one tap away. Pure: `today` is a Paris calendar date, `now` the instant (for
 * votes, which open and close at an instant). The youth area computes the list from the
 * facts it reads in a bounded set of requests (functions/youth/my-file-service.ts); the
 * committees area adds the votes.
 */
import { addDays } from './calendar-date.js';
import { type CheckInAge, type CheckInOutcome, openCheckIn } from './check-ins.js';
import { type ConsultationTiming, consultationStatus } from './consultation.js';
import type { HousingAlert } from './housing-alert.js';
import type { InterviewFacts } from './interview-facts.js';

/** A sent self-assessment older than this asks for a new one: the binôme reviews the plan every six months. */
export const SELF_ASSESSMENT_RENEW_DAYS = 182;
/** A support decision stays « à lire » this many days after it was taken. */
export const SUPPORT_DECISION_NEW_DAYS = 30;

/** What the rules read of a young person's file. */
export interface ToDoFacts {
  /** The projet d'autonomie's status, or null when none is written. */
  planStatus: 'brouillon' | 'propose' | 'signe' | 'modification_demandee' | null;
  entretien17: InterviewFacts | null;
  /** Whether the entretien is still owed (not `sans_objet`: care ended before it). */
  entretien17Owed: boolean;
  preparation: { answered: number; shared: boolean };
  grid: { draftAnswered: number; lastSentOn: string | null };
  housing: { projectStarted: boolean; projectShared: boolean; proposals: number; alert: HousingAlert | null };
  supportDecisions: readonly { requestId: string; outcome: 'accordee' | 'refusee'; decidedOn: string }[];
  /** The birth date and the check-ins of 19 and 21 already answered or declined. */
  checkIns: { birthDate: string; done: Partial<Record<CheckInAge, CheckInOutcome>> };
}

export type ToDoItem =
  | { kind: 'plan_to_sign' }
  | { kind: 'vote'; committeeId: string; consultationId: string; title: string; closesAt: string }
  | { kind: 'entretien'; scheduledOn: string | null; answered: number; preparationShared: boolean }
  | { kind: 'self_assessment_send'; answered: number }
  | { kind: 'self_assessment_fill'; lastSentOn: string | null }
  | { kind: 'housing_proposal'; count: number }
  | { kind: 'housing_share' }
  | { kind: 'housing_start'; endsOn: string }
  | { kind: 'support_decision'; requestId: string; outcome: 'accordee' | 'refusee'; decidedOn: string }
  | { kind: 'check_in'; age: CheckInAge; closesOn: string };

export type ToDoKind = ToDoItem['kind'];
export type VoteToDo = Extract<ToDoItem, { kind: 'vote' }>;

/** A consultation of one of the young person's committees, with whether they voted. */
export type MemberConsultation = ConsultationTiming & { committeeId: string; consultationId: string; title: string; hasVoted: boolean };

/**
 * The votes waiting for the young person: open and not cast, soonest to close first. The
 * committees area computes them (it alone reads the ballot box, where participation is).
 */
export function votesWaiting(consultations: readonly MemberConsultation[], now: Date): VoteToDo[] {
  return consultations
    .filter((consultation) => !consultation.hasVoted && consultationStatus(consultation, now) === 'ouverte')
    .sort((a, b) => (a.closesAt < b.closesAt ? -1 : a.closesAt > b.closesAt ? 1 : 0))
    .map(({ committeeId, consultationId, title, closesAt }) => ({ kind: 'vote', committeeId, consultationId, title, closesAt }));
}

/** The file's list with the votes put in their place: after a plan to sign, before the rest. */
export function withVotes(items: readonly ToDoItem[], votes: readonly VoteToDo[]): ToDoItem[] {
  const planFirst = items[0]?.kind === 'plan_to_sign' ? 1 : 0;
  return [...items.slice(0, planFirst), ...votes, ...items.slice(planFirst)];
}

/**
 * The file's list (votes apart: `votesWaiting`, then `withVotes`), in the order shown: a
 * plan to sign, the entretien to come or to prepare, a housing proposal, a decision to read, the
 * check-in of 19 or 21, the grid, the housing project. Rules:
 * - a plan waits only once proposed (a `brouillon` is not the young person's to answer);
 * - a vote, while open and not cast;
 * - the entretien, until it is held: its date when one is set (on or after today), or
 *   the preparation when no date is set and it is not shared yet; never once held;
 * - the grid: send a self-assessment in progress with answers; otherwise fill one when
 *   none was ever sent or the last is more than six months old;
 * - housing: a proposal to answer; a project started and not shared; none started while
 *   the « sans solution logement » alert runs;
 * - a support decision taken within the last 30 days;
 * - the check-in of 19 or 21 while it is open (three months from the birthday) and neither
 *   answered nor declined: declining is an answer, it is not asked again.
 */
export function toDoList(facts: ToDoFacts, today: string): ToDoItem[] {
  const items: ToDoItem[] = [];
  if (facts.planStatus === 'propose') items.push({ kind: 'plan_to_sign' });

  const entretien = facts.entretien17;
  if (facts.entretien17Owed && !entretien?.heldOn) {
    const scheduledOn = entretien?.scheduledOn && entretien.scheduledOn >= today ? entretien.scheduledOn : null;
    if (scheduledOn || !facts.preparation.shared) {
      items.push({ kind: 'entretien', scheduledOn, answered: facts.preparation.answered, preparationShared: facts.preparation.shared });
    }
  }

  if (facts.housing.proposals > 0) items.push({ kind: 'housing_proposal', count: facts.housing.proposals });

  for (const decision of facts.supportDecisions) {
    if (decision.decidedOn <= today && decision.decidedOn > addDays(today, -SUPPORT_DECISION_NEW_DAYS)) {
      items.push({ kind: 'support_decision', requestId: decision.requestId, outcome: decision.outcome, decidedOn: decision.decidedOn });
    }
  }

  const checkIn = openCheckIn(facts.checkIns.birthDate, today, facts.checkIns.done);
  if (checkIn) items.push({ kind: 'check_in', age: checkIn.age, closesOn: checkIn.closesOn });

  if (facts.grid.draftAnswered > 0) items.push({ kind: 'self_assessment_send', answered: facts.grid.draftAnswered });
  else if (!facts.grid.lastSentOn || facts.grid.lastSentOn <= addDays(today, -SELF_ASSESSMENT_RENEW_DAYS)) {
    items.push({ kind: 'self_assessment_fill', lastSentOn: facts.grid.lastSentOn });
  }

  if (facts.housing.projectStarted && !facts.housing.projectShared) items.push({ kind: 'housing_share' });
  else if (!facts.housing.projectStarted && facts.housing.alert) items.push({ kind: 'housing_start', endsOn: facts.housing.alert.endsOn });

  return items;
}
