import { isCalendarDate } from '../../../shared/domain/calendar-date.js';
import type { ExitIndicator } from '../../../shared/domain/exit-situation.js';
import { missingAbsenceReason, type ParticipantKind } from '../../../shared/domain/participants.js';
import { RIGHTS, type Right, type RightAnswer } from '../../../shared/domain/rights.js';
import type { ApiErrorDetail, ExitSituation, Interview, InterviewKind, InterviewPoint, UpdateInterviewBody } from '../api/types';
import { randomUuid } from '../lib/idempotency';
import { requiredTextError, tooLongError } from '../lib/text-rules';

/** A row of a repeated group; `key` keeps its DOM ids and focus stable when rows are removed. */
export interface ParticipantRow {
  key: string;
  /** '' until chosen; records made before participants were typed load as ''. */
  kind: ParticipantKind | '';
  name: string;
  role: string;
}

export interface PointRow extends InterviewPoint {
  key: string;
}

/** One right of the checklist: ticked when told, with the date and the young person's answer. */
export interface RightRow {
  told: boolean;
  toldOn: string;
  answer: RightAnswer | '';
}

/** The four indicators as the form holds them: '' until chosen. */
export type SituationValues = { [Indicator in ExitIndicator]: ExitSituation[Indicator] | '' };

/** What the interview form holds: dates as `YYYY-MM-DD` or '' (not known). */
export interface InterviewValues {
  kind: InterviewKind;
  scheduledOn: string;
  heldOn: string;
  participants: ParticipantRow[];
  youngPersonAbsentReason: string;
  summary: string;
  points: PointRow[];
  rights: Record<Right, RightRow>;
  situation: SituationValues;
  supportAgainToldOn: string;
}

/** The fields of an interview a save may change, as the API names them. */
export type InterviewFields = Required<Omit<UpdateInterviewBody, 'version'>>;

/** Errors by field path, written as the API writes them: `heldOn`, `participants.0.name`. */
export type FormErrors = Record<string, string>;

export const SUMMARY_MAX = 10_000;
export const POINT_MAX = 4000;
const NAME_MAX = 120;

const NO_SITUATION: SituationValues = { housing: '', resources: '', activity: '', healthCover: '' };

export const rowKey = (): string => randomUuid();

export function participantRow(
  participant: { kind: ParticipantKind | null; name: string; role?: string } = { kind: null, name: '' },
): ParticipantRow {
  return { key: rowKey(), kind: participant.kind ?? '', name: participant.name, role: participant.role ?? '' };
}

export function pointRow(point: InterviewPoint = { domain: 'logement', text: '' }): PointRow {
  return { key: rowKey(), ...point };
}

function rightsOf(interview: Interview | null): Record<Right, RightRow> {
  return Object.fromEntries(
    RIGHTS.map((right) => {
      const told = interview?.rightsTold.find((item) => item.right === right);
      return [right, told ? { told: true, toldOn: told.toldOn, answer: told.answer ?? '' } : { told: false, toldOn: '', answer: '' }];
    }),
  ) as Record<Right, RightRow>;
}

/**
 * A new record's values. The personne de confiance the young person chose may attend the
 * entretien pour l'autonomie (L222-5-1): a new entretien starts with them among the
 * participants, to remove if they did not come.
 */
export function emptyInterviewValues(
  kind: InterviewKind,
  trustedPerson: { name: string; relation: string } | null = null,
): InterviewValues {
  return {
    kind,
    scheduledOn: '',
    heldOn: '',
    participants:
      kind === 'entretien17' && trustedPerson
        ? [participantRow({ kind: 'personne_de_confiance', name: trustedPerson.name, role: trustedPerson.relation })]
        : [],
    youngPersonAbsentReason: '',
    summary: '',
    points: [],
    rights: rightsOf(null),
    situation: { ...NO_SITUATION },
    supportAgainToldOn: '',
  };
}

export function interviewValuesOf(interview: Interview): InterviewValues {
  return {
    kind: interview.kind,
    scheduledOn: interview.scheduledOn ?? '',
    heldOn: interview.heldOn ?? '',
    participants: interview.participants.map((participant) => participantRow(participant)),
    youngPersonAbsentReason: interview.youngPersonAbsentReason ?? '',
    summary: interview.summary,
    points: interview.points.map((point) => pointRow(point)),
    rights: rightsOf(interview),
    situation: { ...(interview.situation ?? NO_SITUATION) },
    supportAgainToldOn: interview.supportAgainToldOn ?? '',
  };
}

function dateError(value: string): string | undefined {
  return value && !isCalendarDate(value) ? 'Cette date n’existe pas.' : undefined;
}

const isBlankParticipant = (row: ParticipantRow) => !row.name.trim() && !row.role.trim() && row.kind === '';
const isBlankPoint = (row: PointRow) => !row.text.trim();
const situationComplete = (situation: SituationValues) => Object.values(situation).every((value) => value !== '');
const situationEmpty = (situation: SituationValues) => Object.values(situation).every((value) => value === '');

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
    if (row.kind === '') put(`participants.${index}.kind`, 'Indiquez qui est cette personne.');
    put(`participants.${index}.name`, requiredTextError(row.name, NAME_MAX, 'Indiquez le nom.'));
    put(`participants.${index}.role`, tooLongError(row.role, NAME_MAX));
  });
  const participants = values.participants.filter((row) => !isBlankParticipant(row)).map((row) => ({ kind: row.kind || null }));
  // An untyped row is the user's to fix above; the absence rule looks at typed rows only.
  if (
    participants.every((row) => row.kind !== null) &&
    missingAbsenceReason({ heldOn: values.heldOn || null, participants, youngPersonAbsentReason: values.youngPersonAbsentReason })
  ) {
    put('youngPersonAbsentReason', 'L’entretien a eu lieu sans le jeune : indiquez pourquoi.');
  }
  for (const right of RIGHTS) {
    const row = values.rights[right];
    if (!row.told) continue;
    if (!row.toldOn) put(`rights.${right}.toldOn`, 'Indiquez le jour où ce droit a été expliqué.');
    else if (!isCalendarDate(row.toldOn)) put(`rights.${right}.toldOn`, 'Cette date n’existe pas.');
    else if (row.toldOn > today) put(`rights.${right}.toldOn`, 'Un droit ne peut pas avoir été expliqué dans le futur.');
  }
  if (values.kind === 'suivi') {
    if (!situationEmpty(values.situation) && !situationComplete(values.situation)) {
      put('situation', 'Renseignez les quatre indicateurs (« inconnu » si vous ne savez pas), ou aucun.');
    }
    put('supportAgainToldOn', dateError(values.supportAgainToldOn));
  }
  values.points.forEach((row, index) => {
    put(`points.${index}.text`, tooLongError(row.text, POINT_MAX));
  });
  put('summary', tooLongError(values.summary, SUMMARY_MAX));
  return errors;
}

/** The form as the API's fields: trimmed, blank rows left out, no exit situation outside a follow-up. */
export function interviewFieldsOf(values: InterviewValues): InterviewFields {
  const followUp = values.kind === 'suivi';
  return {
    scheduledOn: values.scheduledOn || null,
    heldOn: values.heldOn || null,
    participants: values.participants
      .filter((row) => !isBlankParticipant(row) && row.kind !== '')
      .map((row) => ({ kind: row.kind as ParticipantKind, name: row.name.trim(), role: row.role.trim() })),
    youngPersonAbsentReason: values.youngPersonAbsentReason.trim() || null,
    summary: values.summary.trim(),
    points: values.points.filter((row) => !isBlankPoint(row)).map((row) => ({ domain: row.domain, text: row.text.trim() })),
    rightsTold: RIGHTS.filter((right) => values.rights[right].told).map((right) => ({
      right,
      toldOn: values.rights[right].toldOn,
      answer: values.rights[right].answer || null,
    })),
    situation: followUp && situationComplete(values.situation) ? ({ ...values.situation } as ExitSituation) : null,
    supportAgainToldOn: followUp ? values.supportAgainToldOn || null : null,
  };
}

function fieldsOfInterview(interview: Interview): InterviewFields {
  return {
    scheduledOn: interview.scheduledOn,
    heldOn: interview.heldOn,
    participants: interview.participants
      .filter((participant) => participant.kind !== null)
      .map((participant) => ({ kind: participant.kind as ParticipantKind, name: participant.name, role: participant.role })),
    youngPersonAbsentReason: interview.youngPersonAbsentReason,
    summary: interview.summary,
    points: interview.points,
    rightsTold: interview.rightsTold.map(({ right, toldOn, answer }) => ({ right, toldOn, answer })),
    situation: interview.kind === 'suivi' ? interview.situation : null,
    supportAgainToldOn: interview.kind === 'suivi' ? interview.supportAgainToldOn : null,
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
  if ('youngPersonAbsentReason' in mine) merged.youngPersonAbsentReason = typed.youngPersonAbsentReason;
  if ('summary' in mine) merged.summary = typed.summary;
  if ('points' in mine) merged.points = typed.points;
  if ('rightsTold' in mine) merged.rights = typed.rights;
  if ('situation' in mine) merged.situation = typed.situation;
  if ('supportAgainToldOn' in mine) merged.supportAgainToldOn = typed.supportAgainToldOn;
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
