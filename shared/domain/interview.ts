import type { Interview, UpdateInterviewInput } from '../schemas/interviews.js';
import { InvalidInput } from './errors.js';

/**
 * The four exit indicators are recorded at the follow-up interview after care ends,
 * never at the entretien des 17 ans. The create schema and `changeInterview` both ask here.
 */
export const EXIT_SITUATION_RULE = {
  allowedFor: (kind: Interview['kind']) => kind === 'suivi',
  message: 'La situation de sortie se renseigne lors de l’entretien de suivi.',
} as const;

/** The interview after `changes` (made from version `changes.version`); omitted fields keep their value. */
export function changeInterview(current: Interview, changes: UpdateInterviewInput, now: Date): Interview {
  if (changes.exitSituation && !EXIT_SITUATION_RULE.allowedFor(current.kind)) {
    throw new InvalidInput('input.invalid', [{ path: 'json.exitSituation', message: EXIT_SITUATION_RULE.message }]);
  }
  const { version, ...fields } = changes;
  const next: Interview = {
    ...current,
    ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
    version: version + 1,
    updatedAt: now.toISOString(),
  };
  return EXIT_SITUATION_RULE.allowedFor(next.kind) ? next : { ...next, exitSituation: null };
}
