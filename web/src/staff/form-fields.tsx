import type { ComponentChildren } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ComponentChildren;
  optional?: boolean;
}

/** Label, hint and error of one control; `control` receives the ids to put in aria-describedby. */
function Field({
  id,
  label,
  error,
  hint,
  optional = false,
  control,
}: FieldProps & { control: (describedBy: string | undefined) => ComponentChildren }) {
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
          Erreur : {error}
        </p>
      )}
      {control(describedBy)}
    </div>
  );
}

/** A labelled input whose hint and error are tied to it by aria-describedby. */
export function TextField({
  value,
  onValue,
  type = 'text',
  autoComplete,
  maxLength,
  inputMode,
  ...field
}: FieldProps & {
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'date' | 'datetime-local';
  autoComplete?: string;
  maxLength?: number;
  /** `numeric` for a whole number: a phone keypad, without the quirks of `type="number"`. */
  inputMode?: 'numeric';
}) {
  return (
    <Field
      {...field}
      control={(describedBy) => (
        <input
          id={field.id}
          name={field.id}
          type={type}
          value={value}
          required={!field.optional}
          autoComplete={autoComplete ?? 'off'}
          maxLength={maxLength}
          inputMode={inputMode}
          pattern={inputMode === 'numeric' ? '[0-9]*' : undefined}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={describedBy}
          onInput={(event) => onValue(event.currentTarget.value)}
        />
      )}
    />
  );
}

/** A labelled multi-line text, like TextField. */
export function TextAreaField({
  value,
  onValue,
  rows = 4,
  maxLength,
  ...field
}: FieldProps & { value: string; onValue: (value: string) => void; rows?: number; maxLength?: number }) {
  return (
    <Field
      {...field}
      control={(describedBy) => (
        <textarea
          id={field.id}
          name={field.id}
          rows={rows}
          value={value}
          required={!field.optional}
          maxLength={maxLength}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={describedBy}
          onInput={(event) => onValue(event.currentTarget.value)}
        />
      )}
    />
  );
}

/** A labelled drop-down list of `options` ([value, label]). */
export function SelectField<V extends string>({
  value,
  onValue,
  options,
  invalid = false,
  ...field
}: FieldProps & {
  value: V;
  onValue: (value: V) => void;
  options: readonly (readonly [V, string])[];
  /** Marked invalid when the error belongs to the group it is in (the error is shown once, above). */
  invalid?: boolean;
}) {
  return (
    <Field
      {...field}
      control={(describedBy) => (
        <select
          id={field.id}
          name={field.id}
          value={value}
          aria-invalid={field.error || invalid ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onValue(event.currentTarget.value as V)}
        >
          {options.map(([optionValue, optionLabel]) => (
            <option key={optionValue} value={optionValue}>
              {optionLabel}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/** One choice among `options` ([value, label]) as radio buttons; each input's id is `${name}-${value}`. */
export function RadioGroup<V extends string>({
  name,
  legend,
  legendClass,
  value,
  options,
  onValue,
}: {
  name: string;
  legend: string;
  legendClass?: string;
  value: V;
  options: readonly (readonly [V, string])[];
  onValue: (value: V) => void;
}) {
  return (
    <fieldset>
      <legend class={legendClass}>{legend}</legend>
      {options.map(([optionValue, optionLabel]) => (
        <div key={optionValue} class="field--radio">
          <input
            type="radio"
            id={`${name}-${optionValue}`}
            name={name}
            checked={value === optionValue}
            onChange={() => onValue(optionValue)}
          />
          <label for={`${name}-${optionValue}`}>{optionLabel}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** A checkbox with its label beside it. */
export function CheckboxField({
  id,
  label,
  checked,
  invalid = false,
  onChecked,
}: {
  id: string;
  label: string;
  checked: boolean;
  /** Marked invalid so that the focus goes to it when its group has an error. */
  invalid?: boolean;
  onChecked: (checked: boolean) => void;
}) {
  return (
    <div class="field field--checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-invalid={invalid ? true : undefined}
        onChange={(event) => onChecked(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
}

/** The submit button, busy while the form is sent, and « Annuler » when the form can be left. */
export function FormActions({
  busy,
  label,
  busyLabel,
  onCancel,
  children,
}: {
  busy: boolean;
  label: string;
  busyLabel: string;
  onCancel?: () => void;
  /** Another way out, such as a link back. */
  children?: ComponentChildren;
}) {
  return (
    <div class="form-actions">
      <button type="submit" class="button" aria-busy={busy}>
        {busy ? busyLabel : label}
      </button>
      {onCancel && (
        <button type="button" class="button button--quiet" onClick={onCancel}>
          Annuler
        </button>
      )}
      {children}
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
        <strong>Erreur : </strong>
        {sentence}
      </p>
    </div>
  );
}

/** Moves the focus to the element `id` once the change that shows it has been rendered. */
export function focusLater(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus());
}

/** Moves the focus to the first field in error, in the form's order. */
export function focusFirstError(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
