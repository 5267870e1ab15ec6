import type { ComponentChildren } from 'preact';
import { KEPT_ON_PHONE, KeptOnPhone } from './drafts';
import { ErrorNotice } from './notices';

/** Something waits on the phone for the connection: a warning that nothing is lost, not an error. */
export function KeptNotice({ onRetry, retryLabel = 'Réessayer maintenant' }: { onRetry?: () => void; retryLabel?: string }) {
  return (
    <div class="notice notice--warning" role="status">
      <p>
        <strong>Pas de connexion.</strong> {KEPT_ON_PHONE}
      </p>
      {onRetry && (
        <button type="button" class="button button--secondary" onClick={onRetry}>
          {retryLabel}
        </button>
      )}
    </div>
  );
}

/** A failed send: kept on the phone (a warning), or refused (an error). */
export function SendFailureNotice({
  error,
  onRetry,
  retryLabel,
  children,
}: {
  error: unknown;
  onRetry?: () => void;
  retryLabel?: string;
  children?: ComponentChildren;
}) {
  if (error instanceof KeptOnPhone) return <KeptNotice onRetry={onRetry} retryLabel={retryLabel} />;
  return (
    <ErrorNotice error={error} onRetry={onRetry} retryLabel={retryLabel}>
      {children}
    </ErrorNotice>
  );
}
