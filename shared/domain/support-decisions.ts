/**
 * Support from 18 to 21 (CASF L222-5, 5°): a young adult who was in care asks the
 * département for support, a first time (`premiere`), to continue it (`renouvellement`),
 * or after leaving care (`retour`, the "droit au retour"), always before 21; an admin
 * of the département grants it (with dates and conditions) or refuses it (with reasons,
 * and the young adult may contest the refusal).
 */
import type { SupportOutcome, SupportRequestKind, SupportRequestStatus } from '../schemas/allowed-values.js';
import { addMonths, addYears } from './calendar-date.js';
import type { InvalidInputCode, RuleViolationCode } from './errors.js';

/** How long a young adult has to contest a decision (recours gracieux or contentieux). */
export const CONTEST_PERIOD_MONTHS = 2;

/** Why a request may not be made now (each code has its answer in the error table). */
export type SupportRequestRefusal = Extract<RuleViolationCode, `supportRequest.${string}`>;

/** A rule a decision breaks, on the field `path`, with a message that names the dates. */
export interface SupportDecisionBreach {
  code: Extract<InvalidInputCode, `supportDecision.${string}`>;
  path: string;
  message: string;
}

/** The dates that bound support from 18 to 21 for someone born on `birthDate`. */
export function supportLimits(birthDate: string) {
  const age18 = addYears(birthDate, 18);
  const age21 = addYears(birthDate, 21);
  return { age18, age21, latestSchoolYearEnd: firstAugust31OnOrAfter(age21) };
}

/**
 * The end of the school or university year under way at `date`: the first 31 August on
 * or after it (a 21st birthday on 31 August leaves no extension; on 1 September, almost a year).
 */
export function firstAugust31OnOrAfter(date: string): string {
  const year = Number(date.slice(0, 4));
  const thisYear = `${String(year).padStart(4, '0')}-08-31`;
  return date <= thisYear ? thisYear : `${String(year + 1).padStart(4, '0')}-08-31`;
}

/** What the rules need to know of the file when a request is made. */
export interface RequestFacts {
  birthDate: string;
  careEndDate: string | null;
  /** True when an earlier request of this file was granted. */
  hasGrantedSupport: boolean;
  /** Today, in Paris. */
  today: string;
}

/**
 * Whether a request of `kind` may be made now; null when it may. Support stops at 21,
 * so no request is taken on or after the 21st birthday. A `retour` is for a young adult
 * whose care has ended; a `renouvellement` continues a support that was granted; a
 * `premiere` is for someone who never had one granted.
 */
export function checkSupportRequest(kind: SupportRequestKind, facts: RequestFacts): SupportRequestRefusal | null {
  const { age18, age21 } = supportLimits(facts.birthDate);
  if (facts.today >= age21) return 'supportRequest.after21';
  if (kind === 'retour') {
    const careEnded = facts.careEndDate !== null && facts.careEndDate <= facts.today;
    if (facts.today < age18 || !careEnded) return 'supportRequest.returnNotOpen';
  }
  if (kind === 'renouvellement' && !facts.hasGrantedSupport) return 'supportRequest.nothingToRenew';
  if (kind === 'premiere' && facts.hasGrantedSupport) return 'supportRequest.grantedBefore';
  return null;
}

/** A decision as the admin enters it. */
export interface DecisionInput {
  outcome: SupportOutcome;
  startsOn?: string | undefined;
  endsOn?: string | undefined;
  conditions?: string | undefined;
  reasons?: string | undefined;
  schoolYearExtension?: boolean | undefined;
}

/** The decision once checked: what is stored and shown. */
export interface CheckedDecision {
  outcome: SupportOutcome;
  startsOn: string | null;
  endsOn: string | null;
  conditions: string | null;
  reasons: string | null;
  schoolYearExtension: boolean;
  decidedOn: string;
  /** For a refusal, the last day to contest it (two months after notification). */
  contestBy: string | null;
}

const blank = (text: string | undefined) => text === undefined || text.trim() === '';

/**
 * Checks a decision against the law and returns it as stored, or the rules it breaks.
 * A grant runs from the 18th birthday at the earliest and ends on the 21st birthday at
 * the latest, unless it is extended to the end of the school or university year under
 * way: then no later than the first 31 August on or after the 21st birthday. A refusal
 * gives its reasons (an administrative decision that refuses must say why) and carries
 * the date until which it may be contested; it carries no dates or conditions.
 */
export function checkSupportDecision(
  input: DecisionInput,
  facts: { birthDate: string; today: string },
): { ok: true; decision: CheckedDecision } | { ok: false; breaches: SupportDecisionBreach[] } {
  const breaches: SupportDecisionBreach[] = [];
  const breach = (path: string, message: string, code: SupportDecisionBreach['code'] = 'supportDecision.invalid') =>
    breaches.push({ code, message, path });
  const { age18, age21, latestSchoolYearEnd } = supportLimits(facts.birthDate);

  if (input.outcome === 'refusee') {
    if (blank(input.reasons))
      breach('reasons', 'Un refus doit être motivé : indiquez les motifs.', 'supportDecision.refusalWithoutReasons');
    for (const field of ['startsOn', 'endsOn', 'conditions', 'schoolYearExtension'] as const) {
      if (input[field] !== undefined) breach(field, 'Un refus n’a ni dates, ni conditions, ni prolongation.');
    }
    if (breaches.length > 0) return { ok: false, breaches };
    return {
      ok: true,
      decision: {
        outcome: 'refusee',
        startsOn: null,
        endsOn: null,
        conditions: null,
        reasons: (input.reasons ?? '').trim(),
        schoolYearExtension: false,
        decidedOn: facts.today,
        contestBy: addMonths(facts.today, CONTEST_PERIOD_MONTHS),
      },
    };
  }

  if (input.reasons !== undefined) breach('reasons', 'Les motifs concernent un refus ; pour un accord, indiquez les conditions.');
  const { startsOn, endsOn } = input;
  if (startsOn === undefined) breach('startsOn', 'Indiquez la date de début de l’accompagnement.');
  else if (startsOn < age18) breach('startsOn', `L’accompagnement jeune majeur commence au plus tôt aux 18 ans (${age18}).`);
  else if (startsOn >= age21) breach('startsOn', `L’accompagnement doit commencer avant les 21 ans (${age21}).`);
  if (endsOn === undefined) breach('endsOn', 'Indiquez la date de fin de l’accompagnement.');
  else {
    if (startsOn !== undefined && endsOn <= startsOn) breach('endsOn', 'La fin doit être postérieure au début.');
    if (endsOn < facts.today) breach('endsOn', 'La fin ne peut pas être déjà passée.');
    const extension = input.schoolYearExtension === true;
    if (endsOn > age21 && !extension) {
      breach(
        'endsOn',
        `L’accompagnement s’arrête aux 21 ans (${age21}), sauf prolongation jusqu’à la fin de l’année scolaire ou universitaire.`,
        'supportDecision.after21',
      );
    }
    if (endsOn > latestSchoolYearEnd) {
      breach(
        'endsOn',
        `Même prolongé pour finir l’année scolaire ou universitaire, l’accompagnement s’arrête au plus tard le ${latestSchoolYearEnd}.`,
        'supportDecision.afterSchoolYear',
      );
    }
    if (extension && endsOn <= age21) {
      breach('schoolYearExtension', 'La prolongation pour l’année scolaire ne concerne qu’une fin après les 21 ans.');
    }
  }
  if (breaches.length > 0) return { ok: false, breaches };
  const conditions = input.conditions?.trim();
  return {
    ok: true,
    decision: {
      outcome: 'accordee',
      startsOn: startsOn ?? null,
      endsOn: endsOn ?? null,
      conditions: conditions ? conditions : null,
      reasons: null,
      schoolYearExtension: input.schoolYearExtension === true,
      decidedOn: facts.today,
      contestBy: null,
    },
  };
}

/**
 * Whether a request may still be decided: a pending one, or a refused one that is
 * decided again (after a recours gracieux). A granted support is changed by a new
 * request (renouvellement), never by rewriting the grant.
 */
export function canDecide(status: SupportRequestStatus): boolean {
  return status !== 'accordee';
}

/**
 * The file's care end date once `decision` is in force: a grant ends care on its end
 * date; a refusal leaves the date as it was (the care already decided runs its course).
 */
export function careEndDateAfter(decision: CheckedDecision, currentCareEndDate: string | null): string | null {
  return decision.outcome === 'accordee' ? decision.endsOn : currentCareEndDate;
}

/** The last end date a grant may have, with or without the school-year extension (for forms). */
export function latestPossibleEnd(birthDate: string, schoolYearExtension: boolean): string {
  const { age21, latestSchoolYearEnd } = supportLimits(birthDate);
  return schoolYearExtension ? latestSchoolYearEnd : age21;
}
