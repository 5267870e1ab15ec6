import type { CreateInterviewInput, Interview, UpdateInterviewInput } from '../schemas/interviews.js';
import { parisDate } from './calendar-date.js';
import { InvalidInput } from './errors.js';
import { missingAbsenceReason } from './participants.js';

/**
 * The situation six months after care ends, and the reminder that support may be asked
 * for again, are recorded at the follow-up interview, never at the entretien pour
 * l'autonomie. The create schema and `changeInterview` both ask here.
 */
export const EXIT_SITUATION_RULE = {
  allowedFor: (kind: Interview['kind']) => kind === 'suivi',
  message: 'La situation de sortie se renseigne lors de l’entretien de suivi.',
} as const;

type InterviewInputFields = Omit<CreateInterviewInput, 'kind'> | Omit<UpdateInterviewInput, 'version'>;

/** Input participants carry an optional detail; stored ones always have it ('' when none). */
function recordFields(fields: InterviewInputFields): Partial<Interview> {
  const { participants, ...rest } = fields;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as Partial<Interview>;
  if (participants === undefined) return defined;
  return { ...defined, participants: participants.map(({ kind, name, role }) => ({ kind, name, role: role ?? '' })) };
}

/**
 * What is wrong with an interview record as it will be stored, `today` being the Paris
 * date: a record held without the young person says why; a right is not told on a day
 * still to come.
 */
function checkInterviewRecord(record: Interview, today: string): void {
  const problems: { path: string; message: string }[] = [];
  if (missingAbsenceReason(record)) {
    problems.push({
      path: 'json.youngPersonAbsentReason',
      message: 'L’entretien a eu lieu sans le jeune : indiquez pourquoi.',
    });
  }
  record.rightsTold.forEach((told, index) => {
    if (told.toldOn > today) {
      problems.push({ path: `json.rightsTold.${index}.toldOn`, message: 'Un droit ne peut pas avoir été expliqué dans le futur.' });
    }
  });
  if (problems.length > 0) throw new InvalidInput('input.invalid', problems);
}

/** A new interview record from what staff sent, checked. */
export function newInterview(id: string, input: CreateInterviewInput, now: Date): Interview {
  const { kind, ...fields } = input;
  const interview: Interview = {
    id,
    kind,
    scheduledOn: null,
    heldOn: null,
    participants: [],
    youngPersonAbsentReason: null,
    summary: '',
    points: [],
    rightsTold: [],
    situation: null,
    supportAgainToldOn: null,
    legacyExitIndicators: null,
    ...recordFields(fields),
    version: 1,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  checkInterviewRecord(interview, parisDate(now));
  return interview;
}

/** The interview after `changes` (made from version `changes.version`); omitted fields keep their value. */
export function changeInterview(current: Interview, changes: UpdateInterviewInput, now: Date): Interview {
  if ((changes.situation || changes.supportAgainToldOn) && !EXIT_SITUATION_RULE.allowedFor(current.kind)) {
    throw new InvalidInput('input.invalid', [{ path: 'json.situation', message: EXIT_SITUATION_RULE.message }]);
  }
  const { version, ...fields } = changes;
  const next: Interview = { ...current, ...recordFields(fields), version: version + 1, updatedAt: now.toISOString() };
  checkInterviewRecord(next, parisDate(now));
  return next;
}
