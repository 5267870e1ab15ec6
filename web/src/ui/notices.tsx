import type { ComponentChildren } from 'preact';
import { userMessage } from '../api/client';

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
        <strong>Erreur : </strong>
        {userMessage(error)}
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

export function Loading({ text = 'Chargement…' }: { text?: string }) {
  return (
    <p class="loading" aria-busy="true">
      {text}
    </p>
  );
}
