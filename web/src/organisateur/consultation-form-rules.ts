import { ANONYMITY_FLOOR, DEFAULT_MIN_BALLOTS } from '../../../shared/domain/consultation.js';
import type { CreateConsultationBody, QuestionKind } from '../api/types';
import { randomUuid } from '../lib/idempotency';
import { requiredTextError, tooLongError } from '../lib/text-rules';

/** A row of the form; `key` keeps DOM ids and focus stable when rows are added or removed. */
export interface OptionRow {
  key: string;
  label: string;
}

export interface QuestionRow {
  key: string;
  label: string;
  kind: QuestionKind;
  options: OptionRow[];
}

/** What the form holds: dates as `datetime-local` values (`YYYY-MM-DDTHH:mm`, local time). */
export interface ConsultationValues {
  title: string;
  description: string;
  questions: QuestionRow[];
  opensAt: string;
  closesAt: string;
  minBallots: string;
}

/** Errors by path, as the API writes them: `title`, `questions.0.options.1.label`. */
export type ConsultationErrors = Record<string, string>;

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 20;
export const MAX_QUESTIONS = 20;
const TITLE_MAX = 200;
const DESCRIPTION_MAX = 5000;
const QUESTION_MAX = 500;
const OPTION_MAX = 300;
const DAY_MS = 86_400_000;

export function optionRow(label = ''): OptionRow {
  return { key: randomUuid(), label };
}

export function questionRow(kind: QuestionKind = 'single'): QuestionRow {
  return { key: randomUuid(), label: '', kind, options: [optionRow(), optionRow()] };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A `Date` as a `datetime-local` value, in the browser's time zone. */
export function toDateTimeLocal(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** `Date#getTimezoneOffset` (minutes *behind* UTC) as an ISO offset: -120 → `+02:00`, 0 → `+00:00`. */
export function offsetText(timezoneOffset: number): string {
  const ahead = -timezoneOffset;
  const sign = ahead < 0 ? '-' : '+';
  const minutes = Math.abs(ahead);
  return `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * A `datetime-local` value as an ISO-8601 instant carrying the browser's offset at that date
 * (`2026-12-01T18:30` → `2026-12-01T18:30:00+01:00` in Paris); null when it is not a real date.
 * A time skipped by a daylight-saving change is moved forward, as the browser's clock does.
 */
export function localDateTimeToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const date = new Date(year ?? 0, (month ?? 1) - 1, day ?? 1, hours ?? 0, minutes ?? 0, seconds ?? 0);
  if (date.getFullYear() !== year || date.getMonth() !== (month ?? 1) - 1 || date.getDate() !== day || (hours ?? 0) > 23) return null;
  return `${toDateTimeLocal(date)}:${pad(date.getSeconds())}${offsetText(date.getTimezoneOffset())}`;
}

/** A new form: one single-choice question, open from now for a week, threshold 5. */
export function emptyConsultationValues(now: Date): ConsultationValues {
  return {
    title: '',
    description: '',
    questions: [questionRow()],
    opensAt: toDateTimeLocal(now),
    closesAt: toDateTimeLocal(new Date(now.getTime() + 7 * DAY_MS)),
    minBallots: String(DEFAULT_MIN_BALLOTS),
  };
}

/**
 * Checks the form as the server will, plus a closing date in the future; `floor` is the
 * département's anonymity threshold (5 unless it raised it).
 */
export function validateConsultation(values: ConsultationValues, now: Date, floor: number = ANONYMITY_FLOOR): ConsultationErrors {
  const errors: ConsultationErrors = {};
  const put = (path: string, message: string | undefined) => {
    if (message) errors[path] = message;
  };
  put('title', requiredTextError(values.title, TITLE_MAX, 'Indiquez le titre de la consultation.'));
  put('description', tooLongError(values.description, DESCRIPTION_MAX));
  if (values.questions.length === 0) put('questions', 'Ajoutez au moins une question.');
  values.questions.forEach((question, index) => {
    put(`questions.${index}.label`, requiredTextError(question.label, QUESTION_MAX, 'Écrivez la question.'));
    const seen = new Set<string>();
    question.options.forEach((option, optionIndex) => {
      const path = `questions.${index}.options.${optionIndex}.label`;
      put(path, requiredTextError(option.label, OPTION_MAX, 'Écrivez cette réponse ou retirez-la.'));
      const normalised = option.label.trim().toLocaleLowerCase('fr-FR');
      if (normalised && seen.has(normalised)) put(path, 'Cette réponse est déjà proposée.');
      seen.add(normalised);
    });
    if (question.options.length < MIN_OPTIONS) put(`questions.${index}.options`, `Proposez au moins ${MIN_OPTIONS} réponses.`);
  });
  const opensAt = localDateTimeToIso(values.opensAt);
  const closesAt = localDateTimeToIso(values.closesAt);
  if (!opensAt) put('opensAt', 'Indiquez une date et une heure d’ouverture valides.');
  if (!closesAt) put('closesAt', 'Indiquez une date et une heure de clôture valides.');
  else if (opensAt && Date.parse(closesAt) <= Date.parse(opensAt)) put('closesAt', 'La clôture doit suivre l’ouverture.');
  else if (Date.parse(closesAt) <= now.getTime()) put('closesAt', 'La clôture doit être dans le futur.');
  const minBallots = Number(values.minBallots);
  const lowest = Math.max(floor, ANONYMITY_FLOOR);
  if (!/^\d+$/.test(values.minBallots.trim()) || minBallots < lowest || minBallots > 1000) {
    put('minBallots', `Indiquez un nombre entier entre ${lowest} et 1 000 : en dessous, chacun pourrait deviner le vote des autres.`);
  }
  return errors;
}

/**
 * The form as the API's body. Questions and options get short ids in their order (`q1`,
 * `q1-r2`): the results and follow-ups refer to them.
 */
export function consultationBody(values: ConsultationValues): CreateConsultationBody {
  const description = values.description.trim();
  return {
    title: values.title.trim(),
    ...(description ? { description } : {}),
    questions: values.questions.map((question, index) => ({
      id: `q${index + 1}`,
      label: question.label.trim(),
      kind: question.kind,
      options: question.options.map((option, optionIndex) => ({ id: `q${index + 1}-r${optionIndex + 1}`, label: option.label.trim() })),
    })),
    opensAt: localDateTimeToIso(values.opensAt) ?? values.opensAt,
    closesAt: localDateTimeToIso(values.closesAt) ?? values.closesAt,
    minBallots: Number(values.minBallots),
  };
}
