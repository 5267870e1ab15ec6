import { useEffect, useState } from 'preact/hooks';
import { isAbort } from '../api/client';

export type AsyncState<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; error: unknown };

/** The state once `change` is made to the data; a state with no data loaded stays as it is. */
export function changedState<T>(state: AsyncState<T>, change: (data: T) => T): AsyncState<T> {
  return state.status === 'ready' ? { status: 'ready', data: change(state.data) } : state;
}

/**
 * Loads data when `deps` change and cancels the request when the component goes away.
 * `setData` replaces the data after a write, without reloading; `updateData` changes part of it.
 */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]) {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted && !isAbort(error)) setState({ status: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [...deps, attempt]);
  return {
    state,
    reload: () => setAttempt((count) => count + 1),
    setData: (data: T) => setState({ status: 'ready', data }),
    /** Changes the data loaded, from what it is when the change lands (two writes answering in turn both count). */
    updateData: (change: (data: T) => T) => setState((current) => changedState(current, change)),
  };
}
