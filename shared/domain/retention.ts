/**
 * The life of a file's data (RGPD, CNIL référentiel for child protection, délibération
 * 2022-008, § 46): active while the young person is in contact or something is still
 * under way, then an intermediate archive, then handed to the archives départementales
 * or destroyed. Pure: no clock, no I/O; every date is a Paris calendar day passed in.
 */
import { addDays, addYears, latestDate } from './calendar-date.js';
import { type ApplicationStatus, isFinal } from './housing-application.js';

export const FILE_STATES = ['actif', 'archive_intermediaire', 'verse_aux_archives', 'detruit'] as const;
/** Where a file is in its life: only `actif` is in the active base. */
export type FileState = (typeof FILE_STATES)[number];

/** A département's retention periods, in whole years. */
export interface RetentionSettings {
  /** Years in the active base after the last contact or the end of care, whichever is later (CNIL: 2). */
  activeYears: number;
  /** Years in the intermediate archive before the archives départementales' decision (their retention schedule). */
  intermediateYears: number;
  /** Years after a consultation's publication before its participation and follow-up markers are deleted (1 by default). */
  markersYears: number;
}

/**
 * Two years in the active base, as the CNIL référentiel recommends. Ten in the
 * intermediate archive: the time within which an action for bodily harm may still be
 * brought (code civil, art. 2226), until a département sets its archives' own schedule.
 */
export const DEFAULT_RETENTION_SETTINGS: RetentionSettings = { activeYears: 2, intermediateYears: 10, markersYears: 1 };
export const RETENTION_YEARS_LIMITS = {
  activeYears: { min: 1, max: 10 },
  intermediateYears: { min: 1, max: 100 },
  // Long enough to answer a member who asks whether they took part; no longer, they name them.
  markersYears: { min: 1, max: 5 },
} as const;

/**
 * The length of the reason an admin gives to open or reopen an archived file, in characters
 * once trimmed: long enough to say who asked and why, short enough to read on a phone.
 */
export const ARCHIVE_REASON_LENGTH = { min: 10, max: 500 } as const;

/**
 * A file held back by something under way, or a file whose care has not ended, is
 * looked at again this many days later rather than every day: what holds it rarely
 * changes within a week, and the daily job then reads a bounded number of files.
 */
export const HELD_RECHECK_DAYS = 7;

/** What keeps a file in the active base whatever the dates: something still under way. */
export interface PendingItems {
  /** A support request from 18 to 21 awaiting its decision. */
  supportRequest: boolean;
  /** A housing application sent and not yet settled. */
  housingApplication: boolean;
  /** A follow-up interview scheduled and not yet held. */
  followUpInterview: boolean;
}

/** What the active period of a file is computed from. */
export interface RetentionFacts {
  /** The day the file was created (the young person was there). */
  createdOn: string;
  /** The last day the young person themself did something in Envol (signed in, wrote, answered, asked). */
  lastContactOn: string | null;
  /** The end of care, moved by a granted support from 18 to 21; null while unknown (care under way). */
  careEndDate: string | null;
  /** The last day the file was brought back from the intermediate archive, if ever: its active period starts again. */
  reopenedOn: string | null;
  pending: PendingItems;
}

/** Why a file stays active today. */
export type HeldBy = keyof PendingItems | 'careNotEnded';

/** What the daily job does with an active file. */
export type ActiveFileDecision =
  /** The active period is over: the file moves to the intermediate archive. */
  | { kind: 'archive' }
  /**
   * The file stays; the index is set so that the job finds it again on `reviewOn`
   * (`sinceOn` is what the index holds: the day the active period runs from, or for a
   * held file the day that makes it due again on `reviewOn`). Both null while care has
   * not ended: the file leaves the index until its care end is recorded.
   */
  | { kind: 'keep'; reviewOn: string | null; sinceOn: string | null; heldBy: HeldBy | null };

/** True when a housing application is out of the young person's draft and not yet settled. */
export function isPendingHousingApplication(status: ApplicationStatus): boolean {
  return status !== 'brouillon' && !isFinal(status);
}

/**
 * The day the active period runs from: the latest of the file's creation, the last
 * contact from the young person, the end of care and a reopening. Null while care has not ended
 * (no end date): the file cannot leave the active base yet.
 */
export function activeSince(facts: Omit<RetentionFacts, 'pending'>): string | null {
  if (facts.careEndDate === null) return null;
  const others = [facts.lastContactOn, facts.reopenedOn].filter((day): day is string => day !== null);
  return latestDate(facts.createdOn, facts.careEndDate, ...others);
}

/**
 * A lower bound of `activeSince` that needs no contact: what the retention index holds
 * when a file is created or its care end moves, so that the job never finds a file too
 * late; a contact since only makes the job look once more and push it forward.
 */
export function activeSinceAtLeast(createdOn: string, careEndDate: string | null): string | null {
  return careEndDate === null ? null : latestDate(createdOn, careEndDate);
}

/** The last day a file whose active period runs from `sinceOn` stays in the active base. */
export function activeUntil(sinceOn: string, settings: RetentionSettings): string {
  return addDays(addYears(sinceOn, settings.activeYears), -1);
}

/** The day from which the job looks at files whose index holds `sinceOn` or earlier: `today` minus the active period. */
export function dueSinceOnOrBefore(today: string, settings: RetentionSettings): string {
  return addYears(today, -settings.activeYears);
}

function heldBy(facts: RetentionFacts): HeldBy | null {
  if (facts.careEndDate === null) return 'careNotEnded';
  if (facts.pending.supportRequest) return 'supportRequest';
  if (facts.pending.housingApplication) return 'housingApplication';
  if (facts.pending.followUpInterview) return 'followUpInterview';
  return null;
}

/**
 * What becomes of an active file today: archived once its active period is over and
 * nothing holds it; otherwise kept, with the day the job should look at it again.
 */
export function decideActiveFile(facts: RetentionFacts, settings: RetentionSettings, today: string): ActiveFileDecision {
  const since = activeSince(facts);
  const reviewOfSince = (sinceOn: string) => addDays(activeUntil(sinceOn, settings), 1);
  if (since !== null && reviewOfSince(since) > today) {
    return { kind: 'keep', reviewOn: reviewOfSince(since), sinceOn: since, heldBy: null };
  }
  const holder = heldBy(facts);
  if (holder === null) return { kind: 'archive' };
  if (holder === 'careNotEnded') return { kind: 'keep', reviewOn: null, sinceOn: null, heldBy: holder };
  const reviewOn = addDays(today, HELD_RECHECK_DAYS);
  return { kind: 'keep', reviewOn, sinceOn: dueSinceOnOrBefore(reviewOn, settings), heldBy: holder };
}

/** The last day of a file's intermediate archive that began on `archivedOn`; the admins decide from the next day. */
export function intermediateUntil(archivedOn: string, settings: RetentionSettings): string {
  return addDays(addYears(archivedOn, settings.intermediateYears), -1);
}

/** True when the intermediate period of a file archived on `archivedOn` is over today: the admins must decide. */
export function isIntermediatePeriodOver(archivedOn: string, settings: RetentionSettings, today: string): boolean {
  return intermediateUntil(archivedOn, settings) < today;
}

/** What the admins decide at the end of the intermediate period, with the archives départementales' say. */
export const FINAL_STATES = ['verse_aux_archives', 'detruit'] as const;
export type FinalState = (typeof FINAL_STATES)[number];

/** True for a state after which nothing of the file is left in Envol but its decision record. */
export function isFinalState(state: FileState): state is FinalState {
  return (FINAL_STATES as readonly string[]).includes(state);
}

/** Why the admins may not decide a file's fate today; null when they may. */
export type EndOfIntermediateProblem = 'notArchived' | 'periodNotOver';

/**
 * Whether a file may be handed to the archives départementales or destroyed today: only
 * from the intermediate archive, and only once its period there is over (the archives'
 * retention schedule, `intermediateYears`).
 */
export function endOfIntermediateProblem(
  file: { fileState: FileState; archivedOn: string | null },
  settings: RetentionSettings,
  today: string,
): EndOfIntermediateProblem | null {
  if (file.fileState !== 'archive_intermediaire' || file.archivedOn === null) return 'notArchived';
  return isIntermediatePeriodOver(file.archivedOn, settings, today) ? null : 'periodNotOver';
}

/**
 * The kind of file a decision record names: the only thing it says about what was handed
 * over or destroyed, so that it holds no personal data.
 */
export const DECIDED_FILE_KIND = 'accompagnement_autonomie_ase_16_21';

const foldedWords = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2);

/**
 * True when a decision reference quotes the young person's first or last name (accents and
 * case aside): the record that outlives the file must hold no personal data, so the
 * archives' reference is asked for without the name (a visa or bordereau number).
 */
export function decisionReferenceNamesThePerson(reference: string, names: { firstName: string; lastName: string }): boolean {
  const said = new Set(foldedWords(reference));
  return [...foldedWords(names.firstName), ...foldedWords(names.lastName)].some((word) => said.has(word));
}

/** The moves between states; `verse_aux_archives` and `detruit` are final. */
const NEXT_STATES: Record<FileState, readonly FileState[]> = {
  actif: ['archive_intermediaire'],
  // Reopened (a return under the support from 18 to 21, or at the young person's request), or the archives' decision.
  archive_intermediaire: ['actif', 'verse_aux_archives', 'detruit'],
  verse_aux_archives: [],
  detruit: [],
};

/** True when a file in `from` may move to `to`. */
export function canMoveFile(from: FileState, to: FileState): boolean {
  return NEXT_STATES[from].includes(to);
}

/** True when a file in this state may not be changed by anyone (only read, exported, reopened or decided on). */
export function isReadOnly(state: FileState): boolean {
  return state !== 'actif';
}

/**
 * True when a contact on `today` must be written: once a day at most, so that the young
 * person's every page does not cost a write.
 */
export function isContactToRecord(lastContactOn: string | null, today: string): boolean {
  return lastContactOn === null || lastContactOn < today;
}

/**
 * The day a consultation's participation and follow-up markers are deleted: `markersYears`
 * after the day its results were published.
 */
export function markersDeletedOn(publishedOn: string, settings: RetentionSettings): string {
  return addYears(publishedOn, settings.markersYears);
}

/** The publication days whose markers are due for deletion today: this day or earlier. */
export function markersDuePublishedOnOrBefore(today: string, settings: RetentionSettings): string {
  return addYears(today, -settings.markersYears);
}

/** Checks settings a département sends: whole years within the limits. Null when valid. */
export function retentionSettingsProblem(settings: RetentionSettings): { path: keyof RetentionSettings; message: string } | null {
  for (const field of ['activeYears', 'intermediateYears', 'markersYears'] as const) {
    const { min, max } = RETENTION_YEARS_LIMITS[field];
    const value = settings[field];
    if (!Number.isInteger(value) || value < min || value > max) {
      return { path: field, message: `Un nombre entier d’années de ${min} à ${max}` };
    }
  }
  return null;
}
