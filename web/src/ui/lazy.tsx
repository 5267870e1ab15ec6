import type { ComponentChildren } from 'preact';
import { NetworkError } from '../api/client';
import { ErrorNotice, Loading } from './notices';
import { useAsync } from './use-async';

/** Memoises a dynamic import, forgetting a failed attempt. */
export function lazyModule<M>(loader: () => Promise<M>): () => Promise<M> {
  let pending: Promise<M> | null = null;
  return () => {
    pending ??= loader().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

/** Renders a part of the app that lives in its own chunk, once that chunk has arrived. */
export function Lazy<M>({ load, render }: { load: () => Promise<M>; render: (module: M) => ComponentChildren }) {
  const { state } = useAsync(() => load(), [load]);
  if (state.status === 'loading') return <Loading />;
  // Reloading the page also recovers when a new version was deployed since this tab opened
  // (the old chunk is gone); the session survives in sessionStorage.
  if (state.status === 'failed') return <ErrorNotice error={new NetworkError()} onRetry={() => location.reload()} />;
  return <>{render(state.data)}</>;
}
