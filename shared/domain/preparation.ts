import { InvalidInput, RuleViolation } from './errors.js';
import { findInvalidAnswers, type PreparationTemplate } from './preparation-template.js';

/** Rejects answers to unknown questions, or choices the question does not offer, field by field. */
export function checkAnswers(template: PreparationTemplate, answers: Record<string, string>): void {
  const invalid = findInvalidAnswers(template, answers);
  if (invalid.length > 0) {
    throw new InvalidInput(
      'input.invalid',
      invalid.map((id) => ({ path: `json.answers.${id}`, message: 'Question inconnue ou réponse non proposée.' })),
    );
  }
}

/** Sharing needs at least one answer that says something. */
export function checkShareable(answers: Record<string, string> | undefined): void {
  if (!Object.values(answers ?? {}).some((answer) => answer.trim() !== '')) throw new RuleViolation('preparation.empty');
}
