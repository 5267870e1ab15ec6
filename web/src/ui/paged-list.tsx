import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { isAbort } from '../api/client';
import type { Page } from '../api/types';
import { ErrorNotice, Loading } from './notices';

type Phase = 'loading' | 'failed' | 'ready' | 'loadingMore' | 'moreFailed';

interface PagedState<T> {
  phase: Phase;
  items: T[];
  cursor: string | null;
  error: unknown;
  /** Index of the first item of the last page added by « Voir plus », to move the focus there. */
  firstNew: number | null;
}

export type PageLoader<T> = (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>;

/** A cursor-paginated list: first page on mount, further pages on demand. */
export function usePagedList<T>(loadPage: PageLoader<T>, deps: readonly unknown[]) {
  const [state, setState] = useState<PagedState<T>>({
    phase: 'loading',
    items: [],
    cursor: null,
    error: null,
    firstNew: null,
  });
  const [attempt, setAttempt] = useState(0);
  const controller = useRef<AbortController | null>(null);

  function fetchPage(cursor: string | null) {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState((previous) => ({ ...previous, phase: cursor ? 'loadingMore' : 'loading', error: null }));
    loadPage(cursor, current.signal).then(
      (page) => {
        if (current.signal.aborted) return;
        setState((previous) => {
          const items = cursor ? [...previous.items, ...page.items] : page.items;
          const firstNew = cursor ? previous.items.length : null;
          return { phase: 'ready', items, cursor: page.cursor, error: null, firstNew };
        });
      },
      (error: unknown) => {
        if (current.signal.aborted || isAbort(error)) return;
        setState((previous) => ({ ...previous, phase: cursor ? 'moreFailed' : 'failed', error }));
      },
    );
  }

  useEffect(() => {
    fetchPage(null);
    return () => controller.current?.abort();
  }, [...deps, attempt]);

  return {
    ...state,
    loadMore: () => fetchPage(state.cursor),
    reload: () => setAttempt((count) => count + 1),
    /** Shows an item just created at the top, without reloading. */
    prepend: (item: T) => setState((previous) => ({ ...previous, items: [item, ...previous.items], firstNew: null })),
  };
}

export function PagedList<T>({
  list,
  renderItem,
  itemKey,
  empty,
  moreLabel,
  loadingText,
  class: className,
}: {
  list: ReturnType<typeof usePagedList<T>>;
  renderItem: (item: T) => ComponentChildren;
  itemKey: (item: T) => string;
  empty: ComponentChildren;
  /** Says what « more » is, so that several lists on one page have distinct buttons. */
  moreLabel: string;
  loadingText?: string;
  class?: string;
}) {
  const firstNewItem = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (list.firstNew !== null) firstNewItem.current?.focus();
  }, [list.firstNew]);

  if (list.phase === 'loading') return <Loading text={loadingText} />;
  if (list.phase === 'failed') return <ErrorNotice error={list.error} onRetry={list.reload} />;
  return (
    <>
      {list.items.length === 0 ? (
        <p class="empty">{empty}</p>
      ) : (
        <ul class={className ? `plain-list ${className}` : 'plain-list'}>
          {list.items.map((item, index) => {
            const isFirstNew = index === list.firstNew;
            return (
              <li key={itemKey(item)} ref={isFirstNew ? firstNewItem : undefined} tabIndex={isFirstNew ? -1 : undefined}>
                {renderItem(item)}
              </li>
            );
          })}
        </ul>
      )}
      {list.phase === 'moreFailed' && <ErrorNotice error={list.error} onRetry={list.loadMore} />}
      {list.cursor !== null && list.phase !== 'moreFailed' && (
        <button
          type="button"
          class="button button--secondary"
          aria-busy={list.phase === 'loadingMore'}
          onClick={() => list.phase === 'ready' && list.loadMore()}
        >
          {list.phase === 'loadingMore' ? 'Chargement…' : moreLabel}
        </button>
      )}
    </>
  );
}
