/**
 * The life of one housing application (demande de logement): its statuses, the only
 * moves allowed between them, and what counts as a housing solution. Pure: no clock,
 * no I/O; `today` is a Paris calendar date (see `parisDate`).
 */
import { addDays } from './calendar-date.js';

export const APPLICATION_STATUSES = [
  'brouillon',
  'deposee',
  'en_instruction',
  'proposition',
  'acceptee',
  'entree_dans_les_lieux',
  'refusee_par_le_jeune',
  'refusee_par_le_partenaire',
  'annulee',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * Allowed moves. The partner can turn an application down until the young person has
 * accepted a proposal; the young person can only turn down a proposal; anyone can
 * withdraw (annuler) until the young person has moved in. The three refusals, the
 * cancellation and the move-in are final: a new attempt is a new application.
 */
const NEXT: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  brouillon: ['deposee', 'annulee'],
  deposee: ['en_instruction', 'refusee_par_le_partenaire', 'annulee'],
  en_instruction: ['proposition', 'refusee_par_le_partenaire', 'annulee'],
  proposition: ['acceptee', 'refusee_par_le_jeune', 'refusee_par_le_partenaire', 'annulee'],
  acceptee: ['entree_dans_les_lieux', 'annulee'],
  entree_dans_les_lieux: [],
  refusee_par_le_jeune: [],
  refusee_par_le_partenaire: [],
  annulee: [],
};

/** True when an application in `from` may move to `to`. */
export function canTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return NEXT[from].includes(to);
}

/** The statuses an application in `from` may move to, in workflow order. */
export function nextStatuses(from: ApplicationStatus): readonly ApplicationStatus[] {
  return NEXT[from];
}

/** True when nothing can happen to the application any more. */
export function isFinal(status: ApplicationStatus): boolean {
  return NEXT[status].length === 0;
}

/** Statuses in which the young person has a place (or is in it). */
const SOLUTION_STATUSES: readonly ApplicationStatus[] = ['acceptee', 'entree_dans_les_lieux'];

/** What the solution rule needs to know of an application. */
export interface ApplicationFacts {
  status: ApplicationStatus;
  /** Emergency shelter (115, SIAO urgence): recorded, never a solution. */
  emergency: boolean;
}

/** True when this application gives the young person a housing solution. */
export function isSolution(application: ApplicationFacts): boolean {
  return !application.emergency && SOLUTION_STATUSES.includes(application.status);
}

/**
 * True when the young person has a housing solution: an accepted (or moved-into)
 * application that is not emergency shelter, or a project marked not needed.
 */
export function hasHousingSolution(input: { notNeeded: boolean; applications: readonly ApplicationFacts[] }): boolean {
  return input.notNeeded || input.applications.some(isSolution);
}

/** Days without news after which an application prompts the binôme. */
export const NO_NEWS_DAYS = 60;

/** Statuses in which someone is waiting for an answer or a move-in date. */
const WAITING_STATUSES: readonly ApplicationStatus[] = ['deposee', 'en_instruction', 'proposition', 'acceptee'];

/**
 * True when an application waits for news since `NO_NEWS_DAYS` days or more: its last
 * change is on or before `today` minus 60 days. A draft (not sent) and a final
 * status wait for nobody.
 */
export function lacksNews(application: { status: ApplicationStatus; lastChangeOn: string }, today: string): boolean {
  if (!WAITING_STATUSES.includes(application.status)) return false;
  return application.lastChangeOn <= addDays(today, -NO_NEWS_DAYS);
}

/** Why a requested transition is refused, or null when it may be recorded. */
export type TransitionProblem = 'INVALID_TRANSITION' | 'DATE_BEFORE_PREVIOUS' | 'DATE_IN_FUTURE';

/**
 * Checks one transition: allowed by the table, dated on or after the previous change
 * (the history stays in order) and not after today.
 */
export function checkTransition(input: {
  from: ApplicationStatus;
  to: ApplicationStatus;
  on: string;
  lastChangeOn: string;
  today: string;
}): TransitionProblem | null {
  if (!canTransition(input.from, input.to)) return 'INVALID_TRANSITION';
  if (input.on < input.lastChangeOn) return 'DATE_BEFORE_PREVIOUS';
  if (input.on > input.today) return 'DATE_IN_FUTURE';
  return null;
}

/**
 * The number people quote on the phone: `LOG-<département>-<year>-<sequence>`, the
 * sequence zero-padded to six digits (it grows past them rather than wrap).
 */
export function formatApplicationNumber(departement: string, year: number, sequence: number): string {
  return `LOG-${departement}-${year}-${String(sequence).padStart(6, '0')}`;
}
