import { isCalendarDate } from '../../../shared/domain/calendar-date.js';
import type {
  ApiErrorDetail,
  ExitSituation,
  Interview,
  InterviewKind,
  InterviewParticipant,
  InterviewPoint,
  UpdateInterviewBody,
} from '../api/types';
import { randomUuid } from '../lib/idempotency';

/** A row of a repeated group; `key` keeps its DOM ids and focus stable when rows are removed. */
export interface ParticipantRow extends InterviewParticipant {
  key: string;
}

export interface PointRow extends InterviewPoint {
  key: string;
}

/** What the interview form holds: dates as `YYYY-MM-DD` or '' (not known). */
export interface InterviewValues {
  kind: InterviewKind;
  scheduledOn: string;
  heldOn: string;
  participants: ParticipantRow[];
  summary: string;
  points: PointRow[];
  exitSituation: ExitSituation;
}

/** The fields of an interview a save may change, as the API names them. */
export type InterviewFields = Required<Omit<UpdateInterviewBody, 'version'>>;

/** Errors by field path, written as the API writes them: `heldOn`, `participants.0.name`. */
export type FormErrors = Record<string, string>;

export const SUMMARY_MAX = 10_000;
export const POINT_MAX = 4000;
const NAME_MAX = 120;

const NO_EXIT_SITUATION: ExitSituation = { stableHousing: false, resources: false, educationOrWork: false, healthCover: false };

export const rowKey = (): string => randomUuid();

export function participantRow(participant: InterviewParticipant = { name: '', role: '' }): ParticipantRow {
  return { key: rowKey(), ...participant };
}

export function pointRow(point: InterviewPoint = { domain: 'logement', text: '' }): PointRow {
  return { key: rowKey(), ...point };
}

export function emptyInterviewValues(kind: InterviewKind): InterviewValues {
  return { kind, scheduledOn: '', heldOn: '', participants: [], summary: '', points: [], exitSituation: { ...NO_EXIT_SITUATION } };
}

export function interviewValuesOf(interview: Interview): InterviewValues {
  return {
    kind: interview.kind,
    scheduledOn: interview.scheduledOn ?? '',
    heldOn: interview.heldOn ?? '',
    participants: interview.participants.map((participant) => participantRow(participant)),
    summary: interview.summary,
    points: interview.points.map((point) => pointRow(point)),
    exitSituation: { ...(interview.exitSituation ?? NO_EXIT_SITUATION) },
  };
}

function dateError(value: string): string | undefined {
  return value && !isCalendarDate(value) ? 'Cette date n’existe pas.' : undefined;
}

function textError(value: string, max: number, missing: string): string | undefined {
  if (!value.trim()) return missing;
  return value.trim().length > max ? `${max.toLocaleString('fr-FR')} caractères au maximum.` : undefined;
}

const isBlankParticipant = (row: ParticipantRow) => !row.name.trim() && !row.role.trim();
const isBlankPoint = (row: PointRow) => !row.text.trim();

/** Checks the form as the server will. Blank rows are simply left out of the save, not errors. */
export function validateInterview(values: InterviewValues, today: string): FormErrors {
  const errors: FormErrors = {};
  const put = (path: string, message: string | undefined) => {
    if (message) errors[path] = message;
  };
  put('scheduledOn', dateError(values.scheduledOn));
  put('heldOn', dateError(values.heldOn) ?? (values.heldOn > today ? 'Un entretien ne peut pas avoir eu lieu dans le futur.' : undefined));
  values.participants.forEach((row, index) => {
    if (isBlankParticipant(row)) return;
    put(`participants.${index}.name`, textError(row.name, NAME_MAX, 'Indiquez le nom.'));
    put(`participants.${index}.role`, textError(row.role, NAME_MAX, 'Indiquez le rôle ou la fonction.'));
  });
  values.points.forEach((row, index) => {
    if (row.text.trim().length > POINT_MAX) put(`points.${index}.text`, `${POINT_MAX.toLocaleString('fr-FR')} caractères au maximum.`);
  });
  if (values.summary.trim().length > SUMMARY_MAX) put('summary', `${SUMMARY_MAX.toLocaleString('fr-FR')} caractères au maximum.`);
  return errors;
}

/** The form as the API's fields: trimmed, blank rows left out, no exit situation outside a follow-up. */
export function interviewFieldsOf(values: InterviewValues): InterviewFields {
  return {
    scheduledOn: values.scheduledOn || null,
    heldOn: values.heldOn || null,
    participants: values.participants
      .filter((row) => !isBlankParticipant(row))
      .map((row) => ({ name: row.name.trim(), role: row.role.trim() })),
    summary: values.summary.trim(),
    points: values.points.filter((row) => !isBlankPoint(row)).map((row) => ({ domain: row.domain, text: row.text.trim() })),
    exitSituation: values.kind === 'suivi' ? { ...values.exitSituation } : null,
  };
}

function fieldsOfInterview(interview: Interview): InterviewFields {
  return {
    scheduledOn: interview.scheduledOn,
    heldOn: interview.heldOn,
    participants: interview.participants,
    summary: interview.summary,
    points: interview.points,
    exitSituation: interview.kind === 'suivi' ? interview.exitSituation : null,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ from the saved interview, for PATCH. */
export function changedInterviewFields(saved: Interview, values: InterviewValues): Partial<InterviewFields> {
  const now = interviewFieldsOf(values);
  const before = fieldsOfInterview(saved);
  const changes: Partial<InterviewFields> = {};
  for (const field of Object.keys(now) as (keyof InterviewFields)[]) {
    if (!same(now[field], before[field])) Object.assign(changes, { [field]: now[field] });
  }
  return changes;
}

/**
 * After a version conflict: each field the user changed from the version they started
 * from keeps the user's value; every other field takes the latest saved value.
 */
export function rebaseInterview(started: Interview, latest: Interview, typed: InterviewValues): InterviewValues {
  const mine = changedInterviewFields(started, typed);
  const merged = interviewValuesOf(latest);
  if ('scheduledOn' in mine) merged.scheduledOn = typed.scheduledOn;
  if ('heldOn' in mine) merged.heldOn = typed.heldOn;
  if ('participants' in mine) merged.participants = typed.participants;
  if ('summary' in mine) merged.summary = typed.summary;
  if ('points' in mine) merged.points = typed.points;
  if ('exitSituation' in mine) merged.exitSituation = typed.exitSituation;
  return merged;
}

/** The API's validation details as form errors, by path (`json.participants.0.name` → `participants.0.name`). */
export function formErrorsFromDetails(details: readonly ApiErrorDetail[], known: (path: string) => boolean): FormErrors {
  const errors: FormErrors = {};
  for (const detail of details) {
    const segments = Array.isArray(detail.path) ? detail.path.map(String) : String(detail.path ?? '').split('.');
    if (segments[0] === 'json' || segments[0] === 'body') segments.shift();
    const path = segments.join('.');
    if (path && known(path) && typeof detail.message === 'string' && !errors[path]) errors[path] = detail.message;
  }
  return errors;
}
