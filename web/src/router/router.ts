import { useEffect, useState } from 'preact/hooks';

/** Hash routing (`#/jeunes/42`): works from any static host, with no server rewrite rules. */

export type RouteParams = Record<string, string>;

function segments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** Matches `/jeunes/:id` against `/jeunes/42` → `{ id: '42' }`; null when it does not match. */
export function matchRoute(pattern: string, path: string): RouteParams | null {
  const expected = segments(pattern);
  const actual = segments(path);
  if (expected.length !== actual.length) return null;
  const params: RouteParams = {};
  for (const [index, part] of expected.entries()) {
    const value = actual[index] ?? '';
    if (part.startsWith(':')) {
      try {
        params[part.slice(1)] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (part !== value) {
      return null;
    }
  }
  return params;
}

/** The first route of `routes` whose pattern matches `path`, in order. */
export function findRoute<T>(routes: readonly (readonly [string, T])[], path: string): { value: T; params: RouteParams } | null {
  for (const [pattern, value] of routes) {
    const params = matchRoute(pattern, path);
    if (params) return { value, params };
  }
  return null;
}

/** `#/jeunes/42?x=1` → `/jeunes/42`; anything that is not a route → `/`. */
export function pathFromHash(hash: string): string {
  if (!hash.startsWith('#/')) return '/';
  const path = hash.slice(1).split('?')[0] ?? '/';
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

export function href(path: string): string {
  return `#${path}`;
}

export function currentPath(): string {
  return pathFromHash(location.hash);
}

/** Goes to `path`; `replace` keeps the current entry out of the history (redirects). */
export function navigate(path: string, { replace = false } = {}): void {
  if (replace) location.replace(href(path));
  else location.hash = href(path);
}

// After a navigation, the next page heading takes the focus so that screen reader and
// keyboard users start reading the new page, as they would after a full page load.
let focusPending = false;

/** Called once by the page heading when it mounts: true when it should take the focus. */
export function takeFocusRequest(): boolean {
  const pending = focusPending;
  focusPending = false;
  return pending;
}

/** The current route path, re-rendering on every hash change. */
export function useHashPath(): string {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const onChange = () => {
      focusPending = true;
      setPath(currentPath());
    };
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return path;
}
