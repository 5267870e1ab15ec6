import type { ConsultationQuestion } from '../api/types';
import { type Choices, choose } from './ballot';

/** One question of the ballot: radio buttons for a single choice, checkboxes for several. */
export function QuestionFieldset({
  question,
  choices,
  onChoose,
  errorId,
}: {
  question: ConsultationQuestion;
  choices: Choices;
  onChoose: (choices: Choices) => void;
  errorId: string | null;
}) {
  const hintId = `question-${question.id}-hint`;
  const type = question.kind === 'single' ? 'radio' : 'checkbox';
  return (
    <fieldset class="ballot-question" aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}>
      <legend class="question-legend">{question.label}</legend>
      <p class="hint" id={hintId}>
        {question.kind === 'single' ? 'Un seul choix.' : 'Plusieurs choix possibles.'}
      </p>
      {question.options.map((option) => {
        const id = `question-${question.id}-${option.id}`;
        return (
          <div key={option.id} class="field--radio">
            <input
              type={type}
              id={id}
              name={`question-${question.id}`}
              checked={choices[question.id]?.includes(option.id) ?? false}
              onChange={(event) => onChoose(choose(choices, question, option.id, event.currentTarget.checked))}
            />
            <label for={id}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
