/**
 * The life of one housing application (demande de logement): its statuses, the only
 * moves allowed between them, and what counts as a housing solution. Pure: no clock,
 * no I/O; `today` is a Paris calendar date (see `parisDate`).
 */
import { addDays } from './calendar-date.js';
import { InvalidInput, RuleViolation, VersionConflict } from './errors.js';

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

/** One dated change of status, as kept in the application's history. */
export interface ApplicationEvent {
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  on: string;
  at: string;
  byRole: string;
  byName: string | null;
  comment: string | null;
}

/** What a transition changes on an application. */
export interface TransitionableApplication {
  status: ApplicationStatus;
  lastChangeOn: string;
  version: number;
  history: ApplicationEvent[];
}

/**
 * The application after a checked transition: new status, dated event appended to
 * the history, version bumped. Call `checkTransition` first.
 */
export function applyTransition<T extends TransitionableApplication>(
  application: T,
  change: { to: ApplicationStatus; on: string; comment: string | null },
  actor: { role: string; name: string | null },
  now: Date,
): T {
  const event: ApplicationEvent = {
    from: application.status,
    to: change.to,
    on: change.on,
    at: now.toISOString(),
    byRole: actor.role,
    byName: actor.name,
    comment: change.comment,
  };
  return {
    ...application,
    status: change.to,
    lastChangeOn: change.on,
    version: application.version + 1,
    history: [...application.history, event],
  };
}

/**
 * Moves an application as asked, or throws: `RuleViolation` for a move the workflow
 * forbids (409), `InvalidInput` for a date out of order (400), `VersionConflict` when
 * the caller read an older version (409). Nothing is written here.
 */
export function transitionApplication<T extends TransitionableApplication>(
  current: T,
  request: { version: number; to: ApplicationStatus; on?: string | undefined; comment?: string | undefined },
  actor: { role: string; name: string | null },
  now: Date,
  today: string,
): T {
  const on = request.on ?? today;
  const problem = checkTransition({ from: current.status, to: request.to, on, lastChangeOn: current.lastChangeOn, today });
  if (problem === 'INVALID_TRANSITION') throw new RuleViolation('housingApplication.invalidTransition');
  if (problem) {
    const message =
      problem === 'DATE_IN_FUTURE' ? 'La date ne peut pas être dans le futur.' : 'La date ne peut pas être avant le dernier changement.';
    throw new InvalidInput('input.invalid', [{ path: 'json.on', message }]);
  }
  if (current.version !== request.version) throw new VersionConflict({ currentVersion: current.version });
  return applyTransition(current, { to: request.to, on, comment: request.comment ?? null }, actor, now);
}

/** A new application: a draft (brouillon) dated today, its creation the first event of its history. */
export function draftApplication(input: {
  id: string;
  number: string;
  partner: { id: string; name: string } | null;
  solutionType: { id: string; label: string; emergency: boolean };
  numeroUnique: string | null;
  comment: string;
  actor: { role: string; name: string | null };
  now: Date;
  today: string;
}) {
  const event: ApplicationEvent = {
    from: null,
    to: 'brouillon',
    on: input.today,
    at: input.now.toISOString(),
    byRole: input.actor.role,
    byName: input.actor.name,
    comment: input.comment || null,
  };
  return {
    id: input.id,
    number: input.number,
    partnerId: input.partner?.id ?? null,
    partnerName: input.partner?.name ?? null,
    solutionTypeId: input.solutionType.id,
    solutionTypeLabel: input.solutionType.label,
    // Copied from the type as it is today: a later edit of the list does not change what counts as a solution.
    emergency: input.solutionType.emergency,
    numeroUnique: input.numeroUnique,
    status: 'brouillon' as ApplicationStatus,
    lastChangeOn: input.today,
    version: 1,
    createdAt: input.now.toISOString(),
    history: [event],
  };
}

/**
 * The young person's own word on an application (« Un mot pour ton binôme », or a comment
 * when they turned a proposal down): the latest they wrote, or null. Shown to staff on the
 * application and in the queue, not only in its history.
 */
export function youthNoteOf(history: readonly Pick<ApplicationEvent, 'byRole' | 'comment'>[]): string | null {
  for (let index = history.length - 1; index >= 0; index -= 1) {
    const event = history[index];
    if (event?.byRole === 'jeune' && event.comment?.trim()) return event.comment.trim();
  }
  return null;
}
