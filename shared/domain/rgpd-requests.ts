import type { RgpdRequestStatus } from '../schemas/allowed-values.js';
import { addMonths, parisDate } from './calendar-date.js';

/**
 * A young person's requests about their data (RGPD articles 15 to 21): access, rectification,
 * erasure, restriction, objection. The controller answers « dans les meilleurs délais et en
 * tout état de cause dans un délai d'un mois à compter de la réception de la demande »
 * (article 12.3).
 */

/** How long the département has to answer: one calendar month (article 12.3). */
export const RGPD_ANSWER_MONTHS = 1;

/**
 * The day a request must be answered by, from the day it was received (Paris): the same day
 * of the next month, or that month's last day when it has no such day (31 January → 28 or
 * 29 February, 31 March → 30 April), as periods in months are counted in EU law
 * (regulation 1182/71, art. 3).
 */
export function rgpdAnswerDueOn(receivedOn: string): string {
  return addMonths(receivedOn, RGPD_ANSWER_MONTHS);
}

/**
 * Article 12.3 lets the controller take two more months « compte tenu de la complexité et du
 * nombre de demandes », provided it tells the person, with its reasons, within the first month.
 */
export const RGPD_EXTENSION_MONTHS = 2;

/** The day an extended request must be answered by: three calendar months after it was received. */
export function rgpdExtendedDueOn(receivedOn: string): string {
  return addMonths(receivedOn, RGPD_ANSWER_MONTHS + RGPD_EXTENSION_MONTHS);
}

/**
 * Checks that a request's deadline may be extended on `today` (Paris day): it is still open,
 * it has not been extended already (once, by two months at most), and its first month has not
 * run out (the person must be told within it). Returns the rule broken, or null.
 */
export function checkRgpdExtension(
  request: { status: RgpdRequestStatus; receivedOn: string; extension: unknown },
  today: string,
): 'rgpdRequest.invalidTransition' | 'rgpdRequest.alreadyExtended' | 'rgpdRequest.extensionTooLate' | null {
  if (!isOpenRgpdRequest(request.status)) return 'rgpdRequest.invalidTransition';
  if (request.extension) return 'rgpdRequest.alreadyExtended';
  if (today > rgpdAnswerDueOn(request.receivedOn)) return 'rgpdRequest.extensionTooLate';
  return null;
}

/** A request received at `now`: the day it counts from and the day it is due (Paris days). */
export function rgpdRequestDates(now: Date): { receivedOn: string; dueOn: string } {
  const receivedOn = parisDate(now);
  return { receivedOn, dueOn: rgpdAnswerDueOn(receivedOn) };
}

/** A request still waiting for the département: not answered yet, or accepted and not carried out. */
export function isOpenRgpdRequest(status: RgpdRequestStatus): boolean {
  return status === 'en_attente' || status === 'acceptee';
}

/** Late: still open after its due day. On the due day itself it is not late yet. */
export function isLateRgpdRequest(request: { status: RgpdRequestStatus; dueOn: string }, today: string): boolean {
  return isOpenRgpdRequest(request.status) && today > request.dueOn;
}

/** Where a request may go from each status: accepted is carried out (or, on second thought, refused); refused and done are final. */
const NEXT_STATUSES: Record<RgpdRequestStatus, readonly RgpdRequestStatus[]> = {
  en_attente: ['acceptee', 'refusee', 'traitee'],
  acceptee: ['traitee', 'refusee'],
  refusee: [],
  traitee: [],
};

export function nextRgpdStatuses(status: RgpdRequestStatus): readonly RgpdRequestStatus[] {
  return NEXT_STATUSES[status];
}

/**
 * Checks a staff answer against the request as stored: the move must be allowed from its
 * status, and a refusal must give its reasons (article 12.4: the person is told why, and that
 * they may complain to the CNIL or go to court). Returns the rule broken, or null.
 */
export function checkRgpdAnswer(
  current: RgpdRequestStatus,
  answer: { status: RgpdRequestStatus; text?: string | undefined },
): 'rgpdRequest.invalidTransition' | 'rgpdAnswer.refusalWithoutReasons' | null {
  if (!NEXT_STATUSES[current].includes(answer.status)) return 'rgpdRequest.invalidTransition';
  if (answer.status === 'refusee' && !answer.text?.trim()) return 'rgpdAnswer.refusalWithoutReasons';
  return null;
}

/** The order dashboards show requests in: late ones first (the oldest lateness first), then the nearest due day. */
export function compareRgpdRequestsByDue(a: { dueOn: string; id: string }, b: { dueOn: string; id: string }): number {
  return a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id);
}
