import type { ComponentChildren } from 'preact';

/** A labelled input whose hint and error are tied to it by aria-describedby. */
export function TextField({
  id,
  label,
  value,
  onValue,
  error,
  hint,
  type = 'text',
  optional = false,
  autoComplete,
}: {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  error?: string | undefined;
  hint?: ComponentChildren;
  type?: 'text' | 'date';
  optional?: boolean;
  autoComplete?: string;
}) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>
        {label}
        {optional && <span class="optional"> (facultatif)</span>}
      </label>
      {hint && (
        <p class="hint" id={hintId ?? undefined}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={errorId ?? undefined}>
          Erreur : {error}
        </p>
      )}
      <input
        id={id}
        name={id}
        type={type}
        value={value}
        required={!optional}
        autoComplete={autoComplete ?? 'off'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </div>
  );
}

/** Announces that a submitted form has errors; each field then shows its own. */
export function FormErrorSummary({ count }: { count: number }) {
  if (count === 0) return null;
  const sentence =
    count === 1
      ? 'le formulaire contient une erreur. Corrigez-la puis réessayez.'
      : `le formulaire contient ${count} erreurs. Corrigez-les puis réessayez.`;
  return (
    <div class="notice notice--error" role="alert">
      <p>
        <strong>Erreur : </strong>
        {sentence}
      </p>
    </div>
  );
}

/** Moves the focus to the first field in error, in the form's order. */
export function focusFirstError(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
