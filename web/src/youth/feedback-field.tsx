import type { ComponentChildren, RefObject } from 'preact';
import { FieldError } from '../ui/notices';
import { FEEDBACK_MAX } from './ballot';

const ANONYMITY_WARNING = 'Ton avis est anonyme, mais évite d’écrire ce qui permettrait de te reconnaître';

/**
 * A free-text opinion given with a vote or without one. Every such field carries the same
 * warning, tied to it by aria-describedby: the text itself may give its author away.
 */
export function FeedbackField({
  id,
  label,
  value,
  error,
  onValue,
  required = false,
  textareaRef,
}: {
  id: string;
  label: ComponentChildren;
  value: string;
  error: string | null;
  onValue: (value: string) => void;
  required?: boolean;
  textareaRef?: RefObject<HTMLTextAreaElement>;
}) {
  const warningId = `${id}-warning`;
  const errorId = `${id}-error`;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{label}</label>
      <p class="notice notice--warning feedback-warning" id={warningId}>
        <strong>Attention : </strong>
        {ANONYMITY_WARNING} (ton prénom, ton foyer, ta famille d’accueil, une histoire que d’autres connaissent).
      </p>
      {error && <FieldError id={errorId} message={error} />}
      <textarea
        ref={textareaRef}
        id={id}
        rows={4}
        maxLength={FEEDBACK_MAX}
        required={required || undefined}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${warningId} ${errorId}` : warningId}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </div>
  );
}
