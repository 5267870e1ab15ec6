import type { ComponentChildren } from 'preact';
import { userMessage } from '../api/client';
import { type ErrorKind, errorWords } from '../lib/error-words';
import { useVoice } from './voice';

/** An error's words in the voice of the page: « Erreur : » for staff, plain words for a young person. */
function ErrorText({ kind, message }: { kind: ErrorKind; message: string }) {
  const words = errorWords(useVoice(), kind, message);
  return (
    <>
      {words.lead && <strong>{words.lead}</strong>}
      {words.message}
    </>
  );
}

/** Something that failed (a request, a chunk, the start-up), announced, with a way to try again. */
export function ErrorNotice({
  error,
  onRetry,
  retryLabel = 'Réessayer',
  children,
}: {
  error: unknown;
  onRetry?: () => void;
  retryLabel?: string;
  children?: ComponentChildren;
}) {
  return (
    <div class="notice notice--error" role="alert">
      <p>
        <ErrorText kind="failure" message={userMessage(error)} />
      </p>
      {children}
      {onRetry && (
        <button type="button" class="button button--secondary" onClick={onRetry}>
          {retryLabel}
        </button>
      )}
    </div>
  );
}

/** What to correct in a form before sending it, announced. */
export function CorrectionNotice({ message, id }: { message: string; id?: string }) {
  return (
    <div class="notice notice--error" role="alert" id={id}>
      <p>
        <ErrorText kind="correction" message={message} />
      </p>
    </div>
  );
}

/** A field's error, above the field that names it in aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p class="field-error" id={id}>
      <ErrorText kind="correction" message={message} />
    </p>
  );
}

export function Loading({ text = 'Chargement…' }: { text?: string }) {
  return (
    <p class="loading" aria-busy="true">
      {text}
    </p>
  );
}
